// Bold set by hand on stretches of a paragraph (FakeParagraph.boldRuns), as Word reports it: a
// range's Font.bold true, false, or null where bold and plain mix; and a range's words, as
// Range.getTextRanges([" "], true) gives them.
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

/** The words of whole paragraphs, spaces left out. */
export function wordsOf(doc: FakeDocument, range: RangeRef): RangeRef[] {
  const out: RangeRef[] = [];
  for (const id of doc.paraIds(range)) for (const m of doc.para(id).text.matchAll(/\S+/g)) out.push({ kind: 'span', para: id, start: m.index, end: m.index + m[0].length });
  return out;
}

/** Sets the words given in bold in the paragraphs at their indexes, each at its first occurrence. */
export function setBold(doc: FakeDocument, bold: Record<number, string[]>): void {
  for (const [i, words] of Object.entries(bold)) {
    const p = doc.paragraphs[Number(i)]!;
    p.boldRuns = words.map((w): [number, number] => [p.text.indexOf(w), p.text.indexOf(w) + w.length]);
  }
}
