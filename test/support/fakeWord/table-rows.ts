import { FakeOfficeError } from './errors';
import type { FakeDocument, FakeParagraph } from './model';

/**
 * Rows and cells of a table in the document, for the Office.js runtime's simulated Word
 * (TableCell.parentRow and body, TableRow.cells and insertRows, TableCell.getNext): a table is
 * the run of paragraphs with a `table` place around a paragraph, at its nesting level (a table
 * seeded as paragraphs has no FakeTable of its own); a row its paragraphs with one row number; a
 * cell, within it, those with one cell number, named by its first paragraph.
 */
function tableOf(doc: FakeDocument, p: FakeParagraph): FakeParagraph[] {
  const level = nesting(p);
  const inside = (q: FakeParagraph | undefined) => q?.table !== undefined && nesting(q) >= level;
  let a = doc.indexOf(p.id);
  let b = a;
  while (inside(doc.paragraphs[a - 1])) a--;
  while (inside(doc.paragraphs[b + 1])) b++;
  return doc.paragraphs.slice(a, b + 1).filter((q) => nesting(q) === level);
}

function nesting(p: FakeParagraph): number {
  if (!p.table) throw new FakeOfficeError('ItemNotFound', 'The paragraph is not in a table.');
  return p.table.nesting ?? 1;
}

function rowOf(doc: FakeDocument, p: FakeParagraph): FakeParagraph[] {
  return tableOf(doc, p).filter((q) => q.table!.row === p.table!.row);
}

/** The row's cells, each by its first paragraph, left to right. */
export function cellsOf(doc: FakeDocument, p: FakeParagraph): FakeParagraph[] {
  const row = rowOf(doc, p);
  const numbers = [...new Set(row.map((q) => q.table!.cell))].sort((x, y) => x - y);
  return numbers.map((n) => row.find((q) => q.table!.cell === n)!);
}

/** The paragraphs of the cell holding p. */
export function cellParagraphs(doc: FakeDocument, p: FakeParagraph): FakeParagraph[] {
  return rowOf(doc, p).filter((q) => q.table!.cell === p.table!.cell);
}

/** TableCell.getNext: the next cell of the row; Word has none after the last. */
export function nextCell(doc: FakeDocument, p: FakeParagraph): FakeParagraph {
  const cells = cellsOf(doc, p);
  const next = cells[cells.findIndex((q) => q.table!.cell === p.table!.cell) + 1];
  if (!next) throw new FakeOfficeError('ItemNotFound', 'The requested TableCell does not exist.');
  return next;
}

/**
 * TableRow.insertRows: `count` rows shaped as the row holding p (a paragraph per cell, each with
 * the formatting of that cell's last paragraph, as a new paragraph takes its neighbour's), `values`
 * one string per cell, row by row; the rows after them renumbered. With Track Changes on, each new
 * paragraph is a tracked insertion, so Reject All takes the rows out. Gives each new row's first
 * cell paragraph.
 */
export function insertRows(doc: FakeDocument, p: FakeParagraph, where: 'Before' | 'After', count: number, values?: string[][]): FakeParagraph[] {
  const cells = cellsOf(doc, p).map((first) => cellParagraphs(doc, first).at(-1)!);
  if (count < 1 || (values && (values.length !== count || values.some((v) => v.length > cells.length))))
    throw new FakeOfficeError('InvalidArgument', `The values do not fit ${count} rows of ${cells.length} cells.`);
  const row = rowOf(doc, p);
  const at = where === 'After' ? doc.indexOf(row.at(-1)!.id) + 1 : doc.indexOf(row[0]!.id);
  const first = p.table!.row + (where === 'After' ? 1 : 0);
  for (const q of tableOf(doc, p)) if (q.table!.row >= first) q.table = { ...q.table!, row: q.table!.row + count };
  const made: FakeParagraph[] = [];
  for (let k = 0; k < count; k++)
    cells.forEach((src, i) => {
      const text = values?.[k]?.[i] ?? '';
      made.push({
        id: doc.newId(),
        text,
        style: src.style,
        styleBuiltIn: src.styleBuiltIn,
        ...(src.indent ? { indent: { ...src.indent } } : {}),
        list: src.list ? { ...src.list } : undefined,
        table: { ...src.table!, row: first + k },
        highlights: [],
        changes: doc.trackingMode === 'Off' ? [] : [{ id: doc.newId(), type: 'Added', author: doc.author, date: new Date(), text, start: 0 }],
      });
    });
  doc.paragraphs.splice(at, 0, ...made);
  return made.filter((_, i) => i % cells.length === 0);
}

/** TableRow.delete: the row's paragraphs go (one's own tracked insertions outright), the rows after it renumbered. */
export function deleteRow(doc: FakeDocument, p: FakeParagraph): void {
  const table = tableOf(doc, p);
  const row = p.table!.row;
  doc.deleteParagraphs(rowOf(doc, p).map((q) => q.id));
  if (doc.paragraphs.some((q) => q.table?.row === row && table.includes(q))) return;
  for (const q of table) if (q.table!.row > row) q.table = { ...q.table!, row: q.table!.row - 1 };
}
