import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { RenderedSigning } from '../../core/agreement/rendered';
import { SIGNATURE_LINE } from '../../core/agreement/clause-text';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/**
 * The signature page: the lead-in, then the parties' blocks side by side in a borderless table,
 * which keeps each block together and both on one page, as signature pages are printed.
 */
export function signingBlock(signing: RenderedSigning): (Paragraph | Table)[] {
  const cells = signing.blocks.map(
    (block) =>
      new TableCell({
        width: { size: 50, type: WidthType.PERCENTAGE },
        borders: NO_BORDERS,
        children: [
          new Paragraph({ keepNext: true, spacing: { after: 360 }, children: [new TextRun({ text: block.heading, bold: true })] }),
          ...block.lines.map(
            (line) =>
              new Paragraph({
                keepNext: true,
                spacing: { after: line.value ? 120 : 360 },
                children: [new TextRun({ text: `${line.label}: `, bold: true }), new TextRun(line.value || SIGNATURE_LINE)],
              }),
          ),
        ],
      }),
  );
  return [
    new Paragraph({ keepNext: true, spacing: { before: 360, after: 240 }, children: [new TextRun(signing.intro)] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ cantSplit: true, children: cells })] }),
  ];
}
