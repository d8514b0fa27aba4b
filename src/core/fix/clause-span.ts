import type { DocModel, DocParagraph } from '../document';
import type { Section } from '../review';

/** A run of paragraphs, first to last inclusive, and the section label they carry (if numbered). */
export interface ParagraphSpan {
  first: number;
  last: number;
  label?: string;
}

/**
 * A clause of more paragraphs than this is a document whose numbering we did not read (a heading
 * numbered, the rest not): the fix then replaces the quoted paragraph alone rather than pages.
 */
const MAX_CLAUSE_PARAGRAPHS = 60;

const isSub = (s: Section): boolean => s.label.includes('(');

/**
 * How a text box's paragraphs (read after the paragraph that anchors the box) count: as the end of
 * the clause, where a writer replaces the clause's body paragraphs and cannot reach into the box
 * (`end`), or as part of the clause they sit in, for the clause as it reads (`within`).
 */
export type BoxesIn = 'end' | 'within';

/**
 * The whole clause that holds a paragraph: from its numbered section's first paragraph ("7.2", or
 * "7" with its heading) through its lettered sub-clauses and unnumbered paragraphs, up to the next
 * numbered section. The last section of a document ends at its last sub-clause, so a signature
 * block after it is never taken in. A clause never spans a table's edge, nor a text box's where `boxes` is `end`.
 */
export function clauseSpan(doc: DocModel, sections: readonly Section[], paragraph: number, boxes: BoxesIn): ParagraphSpan {
  const alone: ParagraphSpan = { first: paragraph, last: paragraph };
  const at = findLast(sections, (s) => s.paragraph <= paragraph && !isSub(s));
  if (at < 0) return alone;
  const section = sections[at]!;
  const next = sections.slice(at + 1).find((s) => !isSub(s) && s.paragraph > section.paragraph);
  let last: number;
  if (next) last = next.paragraph - 1;
  else {
    const subs = sections.slice(at + 1).filter(isSub);
    last = subs.length ? subs[subs.length - 1]!.paragraph : section.paragraph;
    if (paragraph > last) return alone;
  }
  const here = doc.paragraphs[paragraph];
  const same = (i: number): boolean => (boxes === 'within' || !doc.paragraphs[i]?.textBox) && sameContainer(doc.paragraphs[i], here);
  let first = paragraph;
  while (first > section.paragraph && same(first - 1)) first--;
  for (let i = paragraph + 1; i <= last; i++) if (!same(i)) last = i - 1;
  if (last - first + 1 > MAX_CLAUSE_PARAGRAPHS) return alone;
  return first === section.paragraph ? { first, last, label: section.label } : { first, last };
}

/**
 * Where a clause the draft lacks goes: after the last numbered paragraph of the body (outside
 * tables), so before any signature block; failing that, after the last body paragraph.
 */
export function newClauseAnchor(doc: DocModel, sections: readonly Section[]): number | undefined {
  const inBody = (i: number): boolean => !doc.paragraphs[i]?.textBox && !doc.paragraphs[i]?.table;
  const numbered = findLast(sections, (s) => inBody(s.paragraph));
  if (numbered >= 0) return sections[numbered]!.paragraph;
  for (let i = doc.paragraphs.length - 1; i >= 0; i--) if (inBody(i)) return i;
  return undefined;
}

function sameContainer(a: DocParagraph | undefined, b: DocParagraph | undefined): boolean {
  if (!a || !b) return false;
  const x = a.table;
  const y = b.table;
  return x === y || (x !== undefined && y !== undefined && x.table === y.table && x.row === y.row && x.cell === y.cell);
}

function findLast<T>(items: readonly T[], ok: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (ok(items[i]!)) return i;
  return -1;
}
