import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import { languageOf, languagePairs } from '../review/bilingual/pairs';
import { prevailingIn } from '../review/bilingual/compare';
import type { ParagraphSpan } from './clause-span';
import { bilingualApart } from './language';

// A draft that gives its provisions in English and Chinese apart (bilingualApart) is negotiated in
// its English: a fix is written in English and goes into the English version of the clause, and
// the Chinese version is asked, by a comment, to be conformed to it.

/** A clause's Chinese version, left to be conformed to an English fix; `prevails` where the draft's language clause makes the Chinese govern. */
export interface ConformSpan extends ParagraphSpan {
  prevails?: true;
}

/**
 * The Chinese version of an English clause whose fix goes in its English only: the paragraphs its
 * Chinese twins span, where they stand together, all Chinese, apart from the clause. Undefined
 * where the clause is not all English, the fix is not in English, or the twins are mixed in with
 * other text: a change there would touch more than the English clause.
 */
export function chineseVersion(doc: DocModel, span: ParagraphSpan, clause: RenderedClause): ConformSpan | undefined {
  if (languageOf([clause.title, ...clause.paragraphs.map((p) => p.text)].join(' ')) !== 'en') return undefined;
  const twins: number[] = [];
  for (const p of languagePairs(doc)) if (p.en.index >= span.first && p.en.index <= span.last) twins.push(p.zh.index);
  if (twins.length === 0) return undefined;
  const first = Math.min(...twins);
  const last = Math.max(...twins);
  if (first <= span.last && span.first <= last) return undefined;
  for (let i = span.first; i <= span.last; i++) if (languageOf(doc.paragraphs[i]?.text ?? '') === 'zh') return undefined;
  for (let i = first; i <= last; i++) if (languageOf(doc.paragraphs[i]?.text ?? '') === 'en') return undefined;
  return { first, last, ...(chinesePrevails(doc) ? { prevails: true as const } : {}) };
}

/**
 * The last paragraph of the English half of a draft whose whole English text comes before its whole
 * Chinese text, where new sections in English go; undefined for any other layout.
 */
export function englishHalfEnd(doc: DocModel): number | undefined {
  const pairs = languagePairs(doc);
  if (!bilingualApart(doc) || pairs.some((p) => p.en.table !== undefined || p.zh.index < p.en.index)) return undefined;
  const chinese = Math.min(...pairs.map((p) => p.zh.index));
  let end = chinese - 1;
  while (end > 0 && languageOf(doc.paragraphs[end]!.text) !== 'en') end--;
  return end >= 0 && Math.max(...pairs.map((p) => p.en.index)) <= end ? end : undefined;
}

/**
 * The last Chinese provision of a draft laid out as englishHalfEnd reads it: the Chinese of the
 * sections our fixes add at the end of the English half is to be added after it.
 */
export function chineseHalfEnd(doc: DocModel): number | undefined {
  if (englishHalfEnd(doc) === undefined) return undefined;
  return Math.max(...languagePairs(doc).map((p) => p.zh.index));
}

/** Whether the draft's language clauses make its Chinese text prevail (and none makes the English). */
export function chinesePrevails(doc: DocModel): boolean {
  const says = new Set<string>();
  for (const p of doc.paragraphs) {
    const lang = languageOf(p.text);
    const prevails = lang && prevailingIn(p.text, lang);
    if (prevails) says.add(prevails);
  }
  return says.size === 1 && says.has('zh');
}
