import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocModel } from '../../core/document';
import { type Finding, type ReviewResult, SEVERITIES, severityRank, type Severity } from '../../core/findings';
import type { Proposal, ProposedClause } from '../../core/fix/proposed';
import { t, type Locale, type MessageKey } from '../../core/i18n';
import { layoutOf, type Library } from '../../core/library';
import { roleLabel, scenarioTitle } from '../../core/library/names';
import { partiesSentence } from '../../core/review/parties-sentence';
import { sectionOf } from './section-label';

export interface ReportInput {
  result: ReviewResult;
  /** The reviewed document, for the section labels findings are cited by. */
  doc: DocModel;
  /** File name shown in the subtitle. */
  file?: string;
  /**
   * What we propose for each finding, as the issues list and the redline of the same points have it
   * (core/fix proposals); without it (no library) a finding's fix is named by its library clause.
   */
  proposal?: (finding: Finding) => Proposal | undefined;
  locale?: Locale;
  /** For the deal's name and our side in words; the catalog's names stand in without it. */
  library?: Library;
  /** Findings the reviewer set aside: listed in a part of their own, not counted, never dropped. */
  dismissed?: ReadonlySet<string>;
}

const FONT = 'Calibri';
const SEVERITY_KEY: Record<Severity, MessageKey> = {
  high: 'io.report.severity.high',
  medium: 'io.report.severity.medium',
  low: 'io.report.severity.low',
  info: 'io.report.severity.info',
};

/**
 * A review as a .docx: the kind of deal and our side, counts by severity, each finding with quote,
 * section, why and fix, then the dismissed findings in their own part.
 */
export async function writeReportDocx(input: ReportInput): Promise<Uint8Array> {
  const locale = input.locale ?? 'en';
  const m = (key: MessageKey, params?: Record<string, string | number>): string => t(locale, key, params);
  const dismissed = input.dismissed ?? new Set<string>();
  const sorted = [...input.result.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const findings = sorted.filter((f) => !dismissed.has(f.id));
  const setAside = sorted.filter((f) => dismissed.has(f.id));
  const { scenario, role } = input.result;
  const readAs = partiesSentence(input.result.parties, locale);

  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(m('io.report.title'))] }),
  ];
  if (input.file) children.push(new Paragraph({ children: [new TextRun({ text: m('io.report.subtitle', { file: input.file }), italics: true })] }));
  children.push(
    new Paragraph({ text: scenario ? m('io.report.scenario', { scenario: scenarioTitle(input.library, scenario, locale) }) : m('io.report.scenarioUnknown') }),
    new Paragraph({ text: scenario && role ? m('io.report.side', { side: roleLabel(input.library, scenario, role, locale) }) : m('io.report.sideUnknown') }),
    ...(readAs ? [new Paragraph({ text: readAs })] : []),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: m('io.report.summary') }),
    summaryTable(findings, m),
  );
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: m('io.report.findings') }));
  if (findings.length === 0) children.push(new Paragraph({ text: m('io.report.none') }));
  for (const f of findings) children.push(...findingBlock(f, input, m));
  if (setAside.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: m('io.report.dismissed') }), new Paragraph({ text: m('io.report.dismissedIntro') }));
    for (const f of setAside) children.push(...findingBlock(f, input, m));
  }

  const doc = new Document({
    title: m('io.report.title'),
    subject: input.file ?? '',
    creator: 'Clausewright',
    lastModifiedBy: 'Clausewright',
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 100 } } },
        heading1: { run: { font: FONT, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: FONT, size: 23, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        title: { run: { font: FONT, size: 36, bold: true, color: '000000' } },
      },
    },
    sections: [{ children }],
  });
  return Packer.pack(doc, 'uint8array');
}

type Msg = (key: MessageKey, params?: Record<string, string | number>) => string;

function summaryTable(findings: Finding[], m: Msg): Table {
  const row = (label: string, count: string, bold = false): TableRow =>
    new TableRow({
      children: [label, count].map(
        (text, i) =>
          new TableCell({
            width: { size: i === 0 ? 3000 : 1500, type: WidthType.DXA },
            children: [new Paragraph({ alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT, children: [new TextRun({ text, bold })] })],
          }),
      ),
    });
  return new Table({
    width: { size: 4500, type: WidthType.DXA },
    rows: [
      row(m('io.report.severity'), m('io.report.count'), true),
      ...SEVERITIES.map((s) => row(m(SEVERITY_KEY[s]), String(findings.filter((f) => f.severity === s).length))),
      row(m('io.report.total'), String(findings.length), true),
    ],
  });
}

/** A proposed clause laid out as the library lays clause text out: its heading, paragraphs, and "(a)" sub-clauses under them. */
function clauseBlock({ heading, text }: ProposedClause): Paragraph[] {
  const border = { left: { style: BorderStyle.SINGLE, size: 12, color: '2F7D32', space: 8 } } as const;
  const head = heading ? [new Paragraph({ indent: { left: 567 }, border, children: [new TextRun({ text: heading, bold: true })] })] : [];
  return [
    ...head,
    ...layoutOf(text).map(
      (b) => new Paragraph({ indent: b.level === 2 ? { left: 1134, hanging: 567 } : { left: 567 }, border, children: [new TextRun(b.label ? `${b.label}\t${b.text}` : b.text)] }),
    ),
  ];
}

function findingBlock(f: Finding, input: ReportInput, m: Msg): Paragraph[] {
  const labelled = (label: string, value: string | TextRun[]): Paragraph =>
    new Paragraph({ children: [new TextRun({ text: m('io.report.labelled', { label }), bold: true }), ...(typeof value === 'string' ? [new TextRun(value)] : value)] });
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_2, text: `${m('io.report.labelled', { label: m(SEVERITY_KEY[f.severity]) })}${f.message}` })];

  const places = f.evidence.filter((e) => !e.counterpart).map((e) => {
    const section = sectionOf(input.doc, e.paragraph);
    return section ? m('io.report.sectionLabel', { label: section }) : m('io.report.sectionParagraph', { n: e.paragraph + 1 });
  });
  out.push(labelled(m('io.report.section'), places.length ? [...new Set(places)].join('; ') : m('io.report.notInDocument')));
  for (const e of f.evidence) out.push(labelled(m('io.report.quote'), [new TextRun({ text: `“${e.text}”`, italics: true })]));
  out.push(labelled(m('io.report.why'), f.why));
  if (f.position) {
    out.push(labelled(m('io.report.want'), f.position.want));
    out.push(labelled(m('io.report.acceptable'), f.position.acceptable));
  }

  if (f.fix) {
    out.push(new Paragraph({ children: [new TextRun({ text: m('io.report.labelled', { label: m('io.report.fix') }).trim(), bold: true })] }));
    const proposal = input.proposal ? input.proposal(f) : undefined;
    if (proposal?.kind === 'clause') {
      out.push(...clauseBlock(proposal.clause));
      if (proposal.conform) out.push(new Paragraph({ indent: { left: 567 }, children: [new TextRun(proposal.conform)] }));
      // The reader's copy, where the clause goes in in the draft's other language: for reference only.
      const ref = proposal.reference;
      if (ref) out.push(new Paragraph({ indent: { left: 567 }, children: [new TextRun({ text: ref.label, italics: true })] }), ...clauseBlock(ref));
    } else {
      const said =
        proposal?.kind === 'twin'
          ? m('io.issues.otherLanguage')
          : proposal?.kind === 'covered' || proposal?.kind === 'joined'
          ? m(proposal.kind === 'joined' ? 'io.report.joined' : 'io.report.covered', { clause: proposal.clause, issue: proposal.by.message })
          : input.proposal
            ? m('io.issues.commentOnly')
            : m('io.report.fixUnavailable', { clause: f.fix.clause, variant: f.fix.variant });
      out.push(new Paragraph({ indent: { left: 567 }, children: [new TextRun(said)] }));
    }
  }
  return out;
}
