// Bold set by hand on stretches of a paragraph (FakeParagraph.boldRuns), as Word reports it: a
// range's Font.bold true, false, or null where bold and plain mix; and a paragraph's pieces, as
// Paragraph.split(delimiters, true, true) gives them.
import type { FakeDocument, RangeRef } from './model';

/** Bold over a range where some paragraph has bold stretches: true, false, or null where mixed. */
export function boldOver(doc: FakeDocument, range: RangeRef): boolean | null {
  const values = new Set<boolean>();
  const spans = range.kind === 'span' ? [{ id: range.para, start: range.start, end: range.end }] : doc.paraIds(range).map((id) => ({ id, start: 0, end: doc.para(id).text.length }));
  for (const { id, start, end } of spans) {
    const p = doc.para(id);
    if (p.font?.bold !== undefined || !p.boldRuns) values.add(p.font?.bold ?? false);
    else for (let i = start; i < end; i++) if (/\S/.test(p.text[i]!)) values.add(p.boldRuns.some(([a, b]) => a <= i && i < b));
  }
  return values.size === 1 ? [...values][0]! : null;
}

/**
 * A paragraph cut at single-character delimiters, the delimiters and the spacing at each piece's
 * ends left out. Pieces empty between two delimiters are kept, as the larger answer Word may give.
 */
export function piecesOf(doc: FakeDocument, para: number, delimiters: readonly string[]): { para: number; start: number; end: number }[] {
  if (delimiters.some((d) => d.length !== 1)) throw new Error('fake Word: split is modelled for single-character delimiters only');
  const text = doc.para(para).text;
  const out: { para: number; start: number; end: number }[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !delimiters.includes(text[i]!)) continue;
    let start = from;
    let end = i;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    out.push({ para, start, end });
    from = i + 1;
  }
  return out;
}

/** Sets the words given in bold in the paragraphs at their indexes, each at its first occurrence. */
export function setBold(doc: FakeDocument, bold: Record<number, string[]>): void {
  for (const [i, words] of Object.entries(bold)) {
    const p = doc.paragraphs[Number(i)]!;
    p.boldRuns = words.map((w): [number, number] => [p.text.indexOf(w), p.text.indexOf(w) + w.length]);
  }
}
