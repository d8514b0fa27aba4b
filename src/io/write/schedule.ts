import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
/** Fingerprints are long unbroken hex: a narrower monospace run wraps them inside their column. */
const MONO = 'Consolas';
/** Text widths, in twips, of an A4 page with the docx package's 1-inch margins: the grid Word starts from. */
export const TEXT_WIDTH = { portrait: 9026, landscape: 13958 } as const;
/** Longest word a column is sized for; longer ones (fingerprints) wrap. */
const LONGEST = 14;
/** A cell's padding, in characters. */
const PADDING = 5;

export interface TableOptions {
  /** A column printed in monospace (fingerprints). */
  monospace?: number;
  /** The first column labels each row ("Test plan"): a narrow label column, the text at body size. */
  labelled?: boolean;
  /** The page's text width in twips, the grid Word starts from (A4 portrait with 1-inch margins by default). */
  textWidth?: number;
}

/**
 * A table of items, such as the disclosure record or a schedule's particulars: a heading row
 * repeated on each page, any fingerprint column in monospace so a reader can compare it character
 * by character, and each column as wide as its longest word needs, so no heading breaks mid-word.
 */
export function recordTable(columns: readonly string[], rows: readonly (readonly string[])[], { monospace = -1, labelled = false, textWidth = TEXT_WIDTH.portrait }: TableOptions = {}): Table {
  const size = labelled ? 20 : 16;
  const widths = labelled ? [30, 70] : wordWidths([columns, ...rows]);
  // The heading row stays in the body font; only the values of the monospace column change.
  const mono = (i: number, heading: boolean) => i === monospace && !heading;
  const cell = (text: string, bold: boolean, i: number) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold, size: mono(i, bold) ? size - 2 : size, ...(mono(i, bold) && { font: MONO }) })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => Math.round((w / 100) * textWidth)),
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c, true, i)) }),
      ...rows.map((row) => new TableRow({ cantSplit: !labelled, children: row.map((c, i) => cell(c, false, i)) })),
    ],
  });
}

/** Column widths in percent, in proportion to the longest word each column holds. */
function wordWidths(rows: readonly (readonly string[])[]): number[] {
  const weights = (rows[0] ?? []).map((_, i) => PADDING + Math.min(LONGEST, Math.max(1, ...rows.flatMap((r) => (r[i] ?? '').split(/\s+/).map((w) => w.length)))));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / total) * 100);
}
