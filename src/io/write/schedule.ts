import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
/** Fingerprints are long unbroken hex: a narrower monospace run wraps them inside their column. */
const MONO = 'Consolas';

/**
 * A table of items, such as the disclosure record: a heading row repeated on each page, small type,
 * and any SHA-256 column in monospace so a reader can compare it character by character.
 */
export function recordTable(columns: readonly string[], rows: readonly (readonly string[])[], monoColumn = -1): Table {
  const cell = (text: string, bold: boolean, mono: boolean) =>
    new TableCell({ children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold, size: mono ? 14 : 16, ...(mono && { font: MONO }) })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c, true, false)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, false, i === monoColumn)) })),
    ],
  });
}
