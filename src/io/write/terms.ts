import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, PageOrientation, Paragraph, TextRun, type Table } from 'docx';
import { type RenderedClause, type RenderedRecitals, type RenderedSchedule, type RenderedTerms } from '../../core/agreement/rendered';
import { SUB_CLAUSE_INDENT } from '../../core/agreement/clause-text';
import { recordTable, TEXT_WIDTH } from './schedule';
import { signingBlock } from './signing';
import { clauseRecordsXml } from '../clause-records';
import { ClauseControl } from './content-control';
import { addCustomXmlPart } from './custom-xml';
import { recordOf } from '../../core/agreement/records';
import { runsWithDefinedTerms } from './defined-terms';
import { builtProperties, pageNumbers } from './built-document';

const NUMBERING = 'cw-clauses';
const RECITALS = 'cw-recitals';
const FONT = 'Calibri';

/**
 * Built terms as a .docx: a title, the preamble, the recitals, then each clause as a numbered Heading 1 ("5.")
 * with its paragraphs ("5.1") and sub-clauses ("(a)") numbered by one real Word multi-level list,
 * never typed numbers, so Word renumbers them when clauses are moved. Each clause sits in a content
 * control tagged with its clause tag, and the clause records sit in a custom XML part. The
 * signature blocks close the agreement; schedules follow, each on a new page.
 */
/** A schedule of more columns than this (the disclosure record's nine) is printed on a landscape page. */
const WIDE = 4;

export async function writeTermsDocx(terms: RenderedTerms): Promise<Uint8Array> {
  // The parties' short names are defined in the preamble ("Cellforge") and bolded there too.
  const defined = new Set([...terms.definitions.map((d) => d.term), terms.parties.A.shortName, terms.parties.B.shortName]);
  const doc = new Document({
    ...builtProperties(terms),
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: { run: { font: FONT, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        title: { run: { font: FONT, size: 32, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 794, hanging: 794 } } } },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '(%3)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { ...SUB_CLAUSE_INDENT } } } },
          ],
        },
        {
          reference: RECITALS,
          levels: [{ level: 0, format: LevelFormat.UPPER_LETTER, text: '(%1)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } }],
        },
      ],
    },
    sections: [
      {
        footers: pageNumbers(),
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(terms.title)] }),
          ...terms.preamble.map((text) => new Paragraph({ children: runsWithDefinedTerms(text, defined) })),
          ...(terms.recitals ? recitalsBlock(terms.recitals) : []),
          ...terms.clauses.map((clause, i) => clauseBlock(clause, i, defined)),
          ...(terms.signing ? signingBlock(terms.signing) : []),
        ],
      },
      // Each schedule is a section of its own, so it starts a page; a wide table reads on a landscape one.
      ...(terms.schedules ?? []).map((schedule) => {
        const landscape = schedule.columns.length > WIDE;
        return {
          properties: landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
          footers: pageNumbers(),
          children: scheduleBlock(schedule, landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait),
        };
      }),
    ],
  });
  // The fill values travel in a custom XML part, so drift can be checked wherever the file is reopened.
  const records = Object.fromEntries(terms.clauses.map((c) => [c.tag, recordOf(c)]));
  return addCustomXmlPart(await Packer.pack(doc, 'uint8array'), clauseRecordsXml(records));
}

/** The background: a heading, lettered recitals numbered by Word, and the words that open the operative part. */
function recitalsBlock(recitals: RenderedRecitals): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [new TextRun({ text: recitals.title, bold: true })] }),
    ...recitals.paragraphs.map((p) => new Paragraph({ numbering: { reference: RECITALS, level: 0 }, children: [new TextRun(p.text)] })),
    new Paragraph({ children: [new TextRun(recitals.agree)] }),
  ];
}

function clauseBlock(clause: RenderedClause, i: number, defined: ReadonlySet<string>): ClauseControl {
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    numbering: { reference: NUMBERING, level: 0 },
    children: [new TextRun(clause.title)],
  });
  const body = clause.paragraphs.map(
    (p) =>
      new Paragraph({
        numbering: { reference: NUMBERING, level: p.level },
        children: runsWithDefinedTerms(p.text, defined),
      }),
  );
  return new ClauseControl({ tag: clause.tag, title: clause.title, id: 100000 + i, paragraphs: [heading, ...body] });
}

/** A schedule: its title, its notes, then its table. */
function scheduleBlock(schedule: RenderedSchedule, textWidth: number): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(schedule.title)] }),
    ...schedule.intro.map((text) => new Paragraph({ children: [new TextRun(text)] })),
    recordTable(schedule.columns, schedule.rows, { ...(schedule.monospace !== undefined && { monospace: schedule.monospace }), labelled: Boolean(schedule.labelled), textWidth }),
  ];
}
