import type { DocModel } from '../document';
import type { Finding } from '../findings';
import type { Section } from '../review/segment';
import type { ParagraphSpan } from './clause-span';
import type { PartReplaced, TextRange } from './kept-part';

/** An article heading as Chinese drafts number it: 第六条. */
const ZH_ARTICLE = /^\s{0,4}第[一二三四五六七八九十百零〇两\d]{1,6}条/;

/**
 * In a draft of 第N条 articles whose paragraphs are numbered 一、二、 or （一）（二） (segment.ts reads
 * them as "6(1)", "6(2)"), a fix takes out only the paragraphs holding the finding's quote: a short
 * term in 二、 goes, the duty of confidence in 一、 stays, and the fix goes in after the article.
 * Undefined, for the article to go whole, where the quote is in its heading or in every paragraph.
 */
export function articleParagraphsReplaced(doc: DocModel, sections: readonly Section[], span: ParagraphSpan, finding: Finding): PartReplaced | undefined {
  if (!span.label || !/^\d+$/.test(span.label) || !ZH_ARTICLE.test(doc.paragraphs[span.first]?.text ?? '')) return undefined;
  const own = sections.filter((s) => s.paragraph > span.first && s.paragraph <= span.last && new RegExp(`^${span.label}\\(\\d+\\)$`).test(s.label));
  if (own.length < 2) return undefined;
  const ranges = own.map((s, i) => ({ first: s.paragraph, last: Math.min(span.last, (own[i + 1]?.paragraph ?? span.last + 1) - 1) }));
  const quoted = [...new Set(finding.evidence.filter((e) => !e.counterpart).map((e) => e.paragraph))];
  const inRange = (q: number) => ranges.find((r) => q >= r.first && q <= r.last);
  if (quoted.length === 0 || quoted.some((q) => !inRange(q))) return undefined;
  const hit = ranges.filter((r) => quoted.some((q) => q >= r.first && q <= r.last));
  if (hit.length === ranges.length) return undefined;
  const deleted: TextRange[] = [];
  for (const r of hit) {
    for (let p = r.first; p <= r.last; p++) {
      const text = doc.paragraphs[p]?.text ?? '';
      if (text.trim()) deleted.push({ paragraph: p, start: 0, end: text.length, text });
    }
  }
  return { deleted, keeps: [] };
}
