import { child, children, type El, elements, isW, parseXml, val, wAttr } from '../../../src/io/read/xml';
import { FakeOfficeError } from './errors';
import type { FakeChange, FakeDocument, FakeParagraph, FakeTable } from './model';

const TWIPS_PER_POINT = 20;
const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';

/** The w:body of a flat OPC package (what insertOoxml takes), or a refusal as Word gives one. */
function bodyOf(ooxml: string): El {
  let root: El;
  try {
    root = parseXml(ooxml, 'insertOoxml');
  } catch (err) {
    throw new FakeOfficeError('InvalidArgument', `The OOXML is not well-formed: ${err instanceof Error ? err.message : String(err)}`, 'Paragraph.insertOoxml');
  }
  const main = [...elements(root)].find((p) => p.namespaceURI === PKG && p.localName === 'part' && p.attrs.some((a) => a.localName === 'name' && a.value === '/word/document.xml'));
  const document = main && [...elements(main)].flatMap((d) => [...elements(d)])[0];
  const body = child(document, 'body');
  if (!body) throw new FakeOfficeError('InvalidArgument', 'The package has no /word/document.xml with a body.', 'Paragraph.insertOoxml');
  return body;
}

function textOf(p: El): string {
  let text = '';
  for (const r of children(p, 'r'))
    for (const c of elements(r)) {
      if (isW(c, 't')) text += c.textContent;
      else if (isW(c, 'tab')) text += '\t';
    }
  return text;
}

/**
 * Paragraph.insertOoxml(xml, "Start") into `into`, as Word does it: the package's paragraphs,
 * tables and block content controls go in before the paragraph, and the package's last paragraph
 * is joined to it, its text in front, the paragraph keeping its own properties (as Word for Mac
 * does, office-js#6904; the host only joins plain paragraphs, so Windows looks the same). A style
 * that numbers Heading 1 numbers inserted headings too, unless they say numId 0.
 */
export function insertOoxml(doc: FakeDocument, into: FakeParagraph, ooxml: string): void {
  const body = bodyOf(ooxml);
  const blocks = [...elements(body)].filter((e) => isW(e, 'p') || isW(e, 'sdt') || isW(e, 'tbl'));
  const last = blocks.pop();
  if (!last || !isW(last, 'p')) throw new FakeOfficeError('InvalidArgument', 'Inserted OOXML must end in a paragraph.', 'Paragraph.insertOoxml');
  const made: FakeParagraph[] = [];
  const added = (text: string): FakeChange[] => (doc.trackingMode === 'Off' ? [] : [{ id: doc.newId(), type: 'Added', author: doc.author, date: new Date(), text, start: 0 }]);
  const paragraph = (p: El, table?: FakeParagraph['table']): FakeParagraph => {
    const pPr = child(p, 'pPr');
    const text = textOf(p);
    const ind = child(pPr, 'ind');
    const para: FakeParagraph = { id: doc.newId(), text, style: 'Normal', styleBuiltIn: 'Normal', highlights: [], changes: added(text), table };
    const left = Number(wAttr(ind, 'left') ?? 0);
    const hanging = Number(wAttr(ind, 'hanging') ?? 0);
    if (ind) para.indent = { left: left / TWIPS_PER_POINT, firstLine: -hanging / TWIPS_PER_POINT };
    made.push(para);
    doc.setStyleBuiltIn(para, val(pPr, 'pStyle') ?? 'Normal');
    if (val(child(pPr, 'numPr'), 'numId') === '0') para.list = undefined;
    return para;
  };
  const tables: FakeTable[] = [];
  const block = (e: El): void => {
    if (isW(e, 'p')) paragraph(e);
    else if (isW(e, 'sdt')) {
      const from = made.length;
      for (const inner of elements(child(e, 'sdtContent')!)) block(inner);
      if (made.length === from) throw new FakeOfficeError('InvalidArgument', 'A block content control needs a paragraph.', 'Paragraph.insertOoxml');
      const sdtPr = child(e, 'sdtPr');
      doc.controls.push({ id: doc.newId(), tag: val(sdtPr, 'tag') ?? '', title: val(sdtPr, 'alias') ?? '', first: made[from]!.id, last: made.at(-1)!.id });
    } else if (isW(e, 'tbl')) {
      const rows = children(e, 'tr');
      const from = made.length;
      rows.forEach((tr, row) => children(tr, 'tc').forEach((tc, cell) => paragraph(children(tc, 'p')[0]!, { row, cell })));
      const columnCount = children(rows[0]!, 'tc').length;
      const headerRowCount = rows.filter((tr) => child(child(tr, 'trPr'), 'tblHeader')).length;
      tables.push({ id: doc.newId(), first: made[from]!.id, last: made.at(-1)!.id, rowCount: rows.length, columnCount, headerRowCount, styleBuiltIn: val(child(e, 'tblPr'), 'tblStyle') ?? 'TableNormal' });
    }
  };
  for (const e of blocks) block(e);
  const joined = textOf(last);
  into.text = joined + into.text;
  if (joined) into.changes.push(...added(joined));
  doc.paragraphs.splice(doc.indexOf(into.id), 0, ...made);
  doc.tables.push(...tables);
}
