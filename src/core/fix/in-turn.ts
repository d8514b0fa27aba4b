import type { RenderedClause, RenderedParagraph } from '../agreement/rendered';
import type { DocModel } from '../document';
import { languagePairs } from '../review/bilingual/pairs';
import type { ParagraphSpan } from './clause-span';

/**
 * A fix for a draft written in English and Chinese in turn, written the same way: the heading
 * gives both titles, and each English paragraph is followed by its Chinese under the same label.
 * Each language defines the terms its own text needs, so no definition is shared with other fixes
 * (`local` is dropped). A paragraph one language has and the other lacks stands alone, in order.
 */
export function inTurn(en: RenderedClause, zh: RenderedClause): RenderedClause {
  const paragraphs: RenderedParagraph[] = [];
  const count = Math.max(en.paragraphs.length, zh.paragraphs.length);
  for (let i = 0; i < count; i++) {
    const [a, b] = [en.paragraphs[i], zh.paragraphs[i]];
    if (a) paragraphs.push(a);
    if (b) paragraphs.push(b);
  }
  const { local: _shared, ...rest } = en;
  return { ...rest, title: `${en.title} ${zh.title}`, paragraphs, bilingual: true };
}

/**
 * The span a bilingual fix replaces: the clause's English paragraphs and their Chinese, which the
 * draft's numbering reads as a section of their own under the same number. Undefined where the
 * span's paragraphs are not all in pairs that stand together, so no half of a clause is left.
 */
export function withTwins(doc: DocModel, span: ParagraphSpan): ParagraphSpan | undefined {
  const twin = new Map<number, number>();
  for (const p of languagePairs(doc)) {
    twin.set(p.en.index, p.zh.index);
    twin.set(p.zh.index, p.en.index);
  }
  let first = span.first;
  let last = span.last;
  for (let i = span.first; i <= span.last; i++) {
    const other = twin.get(i);
    if (other === undefined) {
      if (doc.paragraphs[i]?.text.trim()) return undefined;
      continue;
    }
    if (Math.abs(other - i) !== 1) return undefined;
    first = Math.min(first, other);
    last = Math.max(last, other);
  }
  return { ...span, first, last };
}

/**
 * Whether the span has its other-language version outside it: in the next cell of a table row,
 * in the draft's other half (the whole English text, then the whole Chinese), or in the next
 * paragraph where the fix has no version in the other language. A fix in one language replacing
 * one version would leave the two saying different things, so it stays a comment that says so.
 */
export function twinApart(doc: DocModel, span: ParagraphSpan): boolean {
  for (const p of languagePairs(doc)) {
    const [here, there] = p.en.index >= span.first && p.en.index <= span.last ? [p.en, p.zh] : p.zh.index >= span.first && p.zh.index <= span.last ? [p.zh, p.en] : [];
    if (here && there && (there.index < span.first || there.index > span.last)) return true;
  }
  return false;
}
