import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, PageBreak, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { type RenderedSchedule, type RenderedSigning, type RenderedTerms } from '../../core/agreement/rendered';
import { SUB_CLAUSE_INDENT } from '../../core/agreement/clause-text';
import { recordTable } from './schedule';
import { signingBlock } from './signing';
import { builtProperties, pageNumbers } from './built-document';

const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** One line of the agreement in both languages: the English in the left column, the Chinese in the right. */
interface Row {
  en: string;
  zh: string;
  bold?: boolean;
  /** An "(a)" sub-clause, indented as the single-language writer indents it. */
  sub?: boolean;
}

/**
 * A bilingual agreement as a .docx laid out the way such contracts are signed: the title in both
 * languages, then one borderless two-column table, English left and Chinese right, a row for each
 * paragraph so each says the same thing as its neighbour under the same number; the signature page
 * and schedules follow with their labels in both languages. Numbers are typed, not Word lists, so the
 * two columns cannot number apart.
 */
export async function writeBilingualDocx(en: RenderedTerms, zh: RenderedTerms): Promise<Uint8Array> {
  const rows: Row[] = [
    ...en.preamble.map((p, i) => ({ en: p, zh: zh.preamble[i] ?? '' })),
    ...(en.recitals && zh.recitals
      ? [
          { en: en.recitals.title, zh: zh.recitals.title, bold: true },
          ...en.recitals.paragraphs.map((p, i) => ({ en: `${p.label}\t${p.text}`, zh: `${p.label}\t${zh.recitals!.paragraphs[i]?.text ?? ''}` })),
          { en: en.recitals.agree, zh: zh.recitals.agree },
        ]
      : []),
    ...en.clauses.flatMap((c, k) => {
      const z = zh.clauses[k]!;
      return [
        { en: `${c.number}.\t${c.title}`, zh: `${z.number}.\t${z.title}`, bold: true },
        ...c.paragraphs.map((p, i) => ({ en: `${p.label}\t${p.text}`, zh: `${p.label}\t${z.paragraphs[i]?.text ?? ''}`, sub: p.level === 2 })),
      ];
    }),
  ];
  const doc = new Document({
    ...builtProperties(en, `${en.title} / ${zh.title}`),
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 100, line: 276 } } },
        title: { run: { font: FONT, size: 30, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
        heading1: { run: { font: FONT, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      },
    },
    sections: [
      {
        footers: pageNumbers(),
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(en.title)] }),
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(zh.title)] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: rows.map(tableRow) }),
          ...(en.signing && zh.signing ? signingBlock(bothSigning(en.signing, zh.signing)) : []),
          ...(en.schedules ?? []).flatMap((s, i) => scheduleBlock(s, zh.schedules?.[i] ?? s)),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

function tableRow(row: Row): TableRow {
  const cell = (text: string) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
      margins: { left: 80, right: 160 },
      children: [
        new Paragraph({
          keepNext: row.bold,
          // A numbered line hangs its number; the preamble and lead-ins run full width.
          ...(row.sub ? { indent: { left: SUB_CLAUSE_INDENT.left - 567, hanging: SUB_CLAUSE_INDENT.hanging } } : text.includes('\t') ? { indent: { left: 567, hanging: 567 } } : {}),
          children: [...text.split('\t').flatMap((part, i) => [...(i > 0 ? [new TextRun({ text: '\t', bold: row.bold })] : []), new TextRun({ text: part, bold: row.bold })])],
        }),
      ],
    });
  return new TableRow({ cantSplit: true, children: [cell(row.en), cell(row.zh)] });
}

/** The signature page with every label and heading in both languages. */
function bothSigning(en: RenderedSigning, zh: RenderedSigning): RenderedSigning {
  return {
    intro: `${en.intro} ${zh.intro}`,
    blocks: en.blocks.map((b, i) => {
      const z = zh.blocks[i]!;
      return { heading: `${b.heading} / ${z.heading}`, lines: b.lines.map((l, k) => ({ label: `${l.label} / ${z.lines[k]?.label ?? ''}`, value: l.value })) };
    }),
  };
}

/** A schedule on its own page, its title, notes and column headings in both languages. */
function scheduleBlock(en: RenderedSchedule, zh: RenderedSchedule): (Paragraph | Table)[] {
  const both = (a: string, b: string | undefined) => (b && b !== a ? `${a} / ${b}` : a);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new PageBreak(), new TextRun(both(en.title, zh.title))] }),
    ...en.intro.flatMap((text, i) => [new Paragraph({ children: [new TextRun(text)] }), new Paragraph({ children: [new TextRun(zh.intro[i] ?? '')] })]),
    recordTable(
      en.columns.map((c, i) => both(c, zh.columns[i])),
      en.rows.map((row, r) => row.map((cell, i) => both(cell, zh.rows[r]?.[i]))),
      { ...(en.monospace !== undefined && { monospace: en.monospace }), labelled: Boolean(en.labelled) },
    ),
  ];
}
