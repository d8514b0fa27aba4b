import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TextRun } from 'docx';
import type { SimpleDoc } from '../../core/prepare/document';
import { recordTable, TEXT_WIDTH } from './schedule';

const FONT = 'Calibri';

/** A short document made in core (the due-diligence memo, the disclosure record) as a .docx. */
export async function writeSimpleDocx(doc: SimpleDoc): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] })];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') children.push(new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(b.text)] }));
    else if (b.kind === 'paragraph') children.push(new Paragraph({ children: [new TextRun({ text: b.text, italics: b.italic })] }));
    else if (b.kind === 'bullets') children.push(...b.items.map((text) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] })));
    else children.push(recordTable(b.columns, b.rows, { monospace: b.columns.length - 1, textWidth: TEXT_WIDTH.landscape }));
  }
  const document = new Document({
    title: doc.title,
    creator: 'Clausewright',
    lastModifiedBy: 'Clausewright',
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 100 } } },
        heading1: { run: { font: FONT, size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
        title: { run: { font: FONT, size: 32, bold: true, color: '000000' } },
      },
    },
    // A record of nine columns reads on a landscape page; a memo on an ordinary one.
    sections: [{ properties: doc.blocks.some((b) => b.kind === 'table') ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {}, children }],
  });
  return Packer.pack(document, 'uint8array');
}
