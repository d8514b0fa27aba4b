import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ISSUE_COLUMNS, type IssueColumn, type IssuesList } from '../../core/fix';

const FONT = 'Calibri';
/** A4 landscape less 2 cm margins, in twentieths of a point. */
const MARGIN = 1134;
const TEXT_WIDTH = 16838 - 2 * MARGIN;
/** Each column's share of the width: the quote, the position and the proposed clause need the room. */
const SHARE: Record<IssueColumn, number> = { number: 4, section: 8, issue: 12, theirText: 18, position: 15, proposed: 24, why: 12, status: 7 };

/**
 * The issues list as a .docx: the deal and our side above a landscape table whose header row
 * repeats on every page, one row per point, each cell's lines as paragraphs.
 */
export async function writeIssuesDocx(list: IssuesList): Promise<Uint8Array> {
  const width = (c: IssueColumn) => Math.floor((TEXT_WIDTH * SHARE[c]) / 100);
  const cell = (c: IssueColumn, text: string, header = false) =>
    new TableCell({
      width: { size: width(c), type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } } : {}),
      children: linesOf(text).map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header })] })),
    });
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: ISSUE_COLUMNS.map(width),
    rows: [
      new TableRow({ tableHeader: true, children: ISSUE_COLUMNS.map((c) => cell(c, list.headers[c], true)) }),
      ...list.rows.map((r) => new TableRow({ children: ISSUE_COLUMNS.map((c) => cell(c, r[c])) })),
    ],
  });

  const doc = new Document({
    title: list.title,
    subject: list.subtitle ?? '',
    creator: 'Clausewright',
    lastModifiedBy: 'Clausewright',
    styles: {
      default: {
        document: { run: { font: FONT, size: 18 }, paragraph: { spacing: { after: 60 } } },
        title: { run: { font: FONT, size: 32, bold: true, color: '000000' } },
      },
    },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(list.title)] }),
          ...(list.subtitle ? [new Paragraph({ children: [new TextRun({ text: list.subtitle, italics: true, size: 21 })] })] : []),
          new Paragraph({ children: [new TextRun({ text: list.deal, size: 21 })] }),
          new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: list.side, size: 21 })] }),
          table,
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

/** A cell's lines; a blank line between clause paragraphs is paragraph spacing here, and a cell needs one paragraph even when empty. */
function linesOf(text: string): string[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 ? lines : [''];
}
