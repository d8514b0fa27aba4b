import { SUB_CLAUSE_INDENT } from '../../core/agreement/clause-text';
import { escapeAttr, escapeText } from '../../io/write/wordml-markup';
import type { InsertPlan, Planned } from './plan';

/**
 * The planned agreement as Office Open XML packages for Paragraph.insertOoxml (WordApi 1.1), each
 * under `budget` bytes as sent (the rest of a 20 KB request is left for the other actions and the
 * clause records), so no request to Word grows past it however long the agreement: the
 * paragraphs with their style, indent and numbering written out, each clause inside its tagged
 * block content control (w:sdt), each schedule's table as a w:tbl. What a paragraph looks like is
 * then in the markup rather than inherited from the paragraph it is inserted next to, and a
 * control is made with its paragraphs instead of being put around them afterwards, where Word
 * moves a range's edge at a control's boundary (office-js#3176).
 *
 * Word joins the last paragraph of inserted OOXML to the paragraph it is inserted into, keeping
 * that paragraph's own properties on Mac (office-js#6904). So every package ends in a plain
 * paragraph: an empty one, or the agreement's last line when that is a plain paragraph outside
 * every control (the signature page), and the paragraph it goes into is plain too.
 */
export const BLOCK_BUDGET = 14_000;

/** What the host's own strings (a block, the clause records) may fill of one request under 20 KB. */
export const STRINGS_BUDGET = 18_000;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const part = (name: string, type: string, xml: string) =>
  `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;

/**
 * Styles the destination may lack (a new blank document defines Title and Heading 1 only when
 * first used): Word keeps the destination's own definition where it has one, so these are only a
 * plain fallback. Named by their built-in names, which do not change with Word's language.
 */
const STYLES =
  `<w:styles xmlns:w="${W}">` +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>' +
  '</w:styles>';

/** The package; the styles go with the first block only, as the document has them after it. */
function wrapPackage(body: string, styles: boolean): string {
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part('/_rels/.rels', 'application/vnd.openxmlformats-package.relationships+xml', `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`) +
    (styles ? part('/word/_rels/document.xml.rels', 'application/vnd.openxmlformats-package.relationships+xml', `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`) : '') +
    part('/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`) +
    (styles ? part('/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml', STYLES) : '') +
    '</pkg:package>'
  );
}

/** One run; a tab character as w:tab. */
function runs(text: string, bold = false): string {
  if (!text) return '';
  const t = (piece: string) => (piece ? `<w:t${/^\s|\s$/.test(piece) ? ' xml:space="preserve"' : ''}>${escapeText(piece)}</w:t>` : '');
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}${text.split('\t').map(t).join('<w:tab/>')}</w:r>`;
}

/**
 * A paragraph. Headings say numId 0, which takes them out of any numbering the template's
 * Heading 1 carries: they hold the clause's own number. A sub-clause hangs its "(a)" as the
 * .docx writer does; every other paragraph sits at the margin.
 */
function paragraphXml(p: Pick<Planned, 'text' | 'style' | 'sub'>, bold = false): string {
  const style = p.style === 'Normal' ? '' : `<w:pStyle w:val="${p.style}"/>`;
  const numbering = p.style === 'Normal' ? '' : '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
  const indent = p.sub ? `<w:ind w:left="${SUB_CLAUSE_INDENT.left}" w:hanging="${SUB_CLAUSE_INDENT.hanging}"/>` : '';
  const pPr = style || numbering || indent ? `<w:pPr>${style}${numbering}${indent}</w:pPr>` : '';
  return `<w:p>${pPr}${runs(p.text, bold)}</w:p>`;
}

/**
 * A schedule's table in the style the paragraph path gives it, with single borders of its own
 * where the document lacks that style; the heading row bold and repeated on each page.
 */
function tableXml(rows: string[][]): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
  const grid = `<w:tblGrid>${rows[0]!.map(() => '<w:gridCol/>').join('')}</w:tblGrid>`;
  const tr = (row: string[], r: number) =>
    `<w:tr>${r === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${row.map((cell) => `<w:tc>${paragraphXml({ text: cell, style: 'Normal' }, r === 0)}</w:tc>`).join('')}</w:tr>`;
  return `<w:tbl><w:tblPr><w:tblStyle w:val="GridTable1Light"/><w:tblW w:w="0" w:type="auto"/>${borders}</w:tblPr>${grid}${rows.map(tr).join('')}</w:tbl>`;
}

function controlXml(tag: string, title: string, inner: string): string {
  return `<w:sdt><w:sdtPr><w:alias w:val="${escapeAttr(title)}"/><w:tag w:val="${escapeAttr(tag)}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
}

const EMPTY_PARAGRAPH = '<w:p/>';

const encoder = new TextEncoder();

/** A string's bytes as Office.js sends it: UTF-8, with each quotation mark escaped in the request's JSON. */
export function sentSize(s: string): number {
  return encoder.encode(s).length + (s.match(/"/g)?.length ?? 0);
}

/**
 * Whether the agreement's last line goes into the paragraph Word joins the last block to: when it
 * is plain and outside every control. Otherwise that paragraph is left empty after the agreement.
 */
export function endsInSlot(plan: InsertPlan): boolean {
  const at = plan.paragraphs.length - 1;
  const last = plan.paragraphs[at];
  return last !== undefined && !last.table && !last.sub && last.style === 'Normal' && !plan.clauses.some(({ from, to }) => from <= at && at <= to);
}

/**
 * The packages to insert one after another, each into the same plain paragraph, in order. A
 * clause is never split between packages; a single clause larger than the budget goes alone.
 */
export function ooxmlBlocks(plan: InsertPlan, controls: readonly { tag: string; title: string }[], budget = BLOCK_BUDGET): string[] {
  const pieces: string[] = [];
  const owner = new Map<number, number>();
  plan.clauses.forEach(({ from, to }, k) => {
    for (let i = from; i <= to; i++) owner.set(i, k);
  });
  for (let i = 0; i < plan.paragraphs.length; ) {
    const k = owner.get(i);
    if (k === undefined) {
      const p = plan.paragraphs[i]!;
      pieces.push(paragraphXml(p) + (p.table ? tableXml(p.table) : ''));
      i++;
      continue;
    }
    const { to } = plan.clauses[k]!;
    const inner = plan.paragraphs.slice(i, to + 1).map((p) => paragraphXml(p) + (p.table ? tableXml(p.table) : '')).join('');
    pieces.push(controlXml(controls[k]!.tag, controls[k]!.title, inner));
    i = to + 1;
  }
  const joinsLast = endsInSlot(plan);
  const size = sentSize;
  const room = budget - size(wrapPackage(EMPTY_PARAGRAPH, true));
  const blocks: string[] = [];
  let current = '';
  let used = 0;
  for (const piece of pieces) {
    const bytes = size(piece);
    if (current && used + bytes > room) {
      blocks.push(wrapPackage(current + EMPTY_PARAGRAPH, blocks.length === 0));
      current = '';
      used = 0;
    }
    current += piece;
    used += bytes;
  }
  blocks.push(wrapPackage(joinsLast ? current : current + EMPTY_PARAGRAPH, blocks.length === 0));
  return blocks;
}
