import type { RenderedClause, RenderedTerms } from '../../src/core/agreement/rendered';
import { clauseTag } from '../../src/core/agreement/tag';
import type { Evidence, Finding } from '../../src/core/findings';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParagraphSeed } from '../support/fakeWord';

/**
 * A counterparty's draft evaluation agreement as Word would hold it: title, headings, numbered
 * clauses with list labels, a party table, and the weak spots a review flags (an open-ended
 * purpose, no deadline to return samples, results owned by the evaluator, a residuals clause).
 */
export const DRAFT: ParagraphSeed[] = [
  { text: 'MATERIAL EVALUATION AGREEMENT', style: 'Title' },
  { text: 'This Material Evaluation Agreement is entered into on 3 March 2025 between the parties named below.' },
  { text: 'Party', table: { row: 0, cell: 0 } },
  { text: 'Address', table: { row: 0, cell: 1 } },
  { text: 'Shenzhen Voltcore Energy Technology Co., Ltd. ("Provider")', table: { row: 1, cell: 0 } },
  { text: 'No. 18 Keji Road, Nanshan District, Shenzhen, China', table: { row: 1, cell: 1 } },
  { text: 'Norrland Battery Systems AB ("Evaluator")', table: { row: 2, cell: 0 } },
  { text: 'Industrigatan 4, 931 36 Skellefteå, Sweden', table: { row: 2, cell: 1 } },
  { text: 'Definitions', style: 'Heading 1', list: { label: '1.' } },
  {
    text: '"Samples" means the lithium iron phosphate cells, cell modules and related technical data that Provider delivers to Evaluator under this Agreement.',
    list: { label: '1.1', level: 1 },
  },
  {
    text: '"Evaluation" means the testing of the Samples by Evaluator for the purposes described in Section 2.',
    list: { label: '1.2', level: 1 },
  },
  { text: 'Purpose', style: 'Heading 1', list: { label: '2.' } },
  {
    text: 'Evaluator may use the Samples for evaluation and any other purposes related to its business, including the development of its own battery products.',
    list: { label: '2.1', level: 1 },
  },
  {
    text: 'Evaluator shall not analyse the composition of the Samples except as reasonably necessary.',
    list: { label: '2.2', level: 1 },
  },
  { text: 'Results', style: 'Heading 1', list: { label: '3.' } },
  {
    text: 'All test reports, data and findings generated in the Evaluation, and any improvements to the Samples, shall be owned by Evaluator.',
    list: { label: '3.1', level: 1 },
  },
  {
    text: 'Evaluator may retain in unaided memory, and use for any purpose, general knowledge, skills, ideas and know-how learned from the Samples ^ the "Residuals".',
    list: { label: '3.2', level: 1 },
  },
  { text: 'Term and Termination', style: 'Heading 1', list: { label: '4.' } },
  {
    text: 'This Agreement continues for twelve months from the date above. Either party may terminate it on 30 days\' written notice.',
    list: { label: '4.1', level: 1 },
  },
  {
    text: 'On termination Evaluator shall return the Samples within a reasonable time.',
    list: { label: '4.2', level: 1 },
  },
  { text: 'Governing Law', style: 'Heading 1', list: { label: '5.' } },
  {
    text: 'This Agreement is governed by the laws of Sweden. Any dispute shall be finally resolved by the courts of Stockholm [or arbitration?] at Evaluator\'s choice.',
    list: { label: '5.1', level: 1 },
  },
  { text: '' },
];

export const PURPOSE = 12;
export const RESULTS = 15;
export const RESIDUALS = 16;
export const RETURN = 19;
export const DISPUTES = 21;

function evidence(paragraph: number, quote: string): Evidence {
  const text = DRAFT[paragraph]!.text;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" is not in paragraph ${paragraph}`);
  return { paragraph, start, end: start + quote.length, text: quote };
}

export const FINDINGS: Finding[] = [
  {
    id: 'purpose-limitation/open-ended#1',
    rule: 'purpose-limitation/open-ended',
    topic: 'purpose-limitation',
    severity: 'high',
    kind: 'ambiguous',
    message: 'The Samples may be used for purposes beyond the evaluation.',
    why: '"Any other purposes related to its business" lets the Evaluator build competing products with your samples.',
    evidence: [evidence(PURPOSE, 'any other purposes related to its business')],
    fix: { clause: 'purpose-limitation', variant: 'evaluation-only' },
  },
  {
    id: 'foreground-ip/one-sided#1',
    rule: 'foreground-ip/one-sided',
    topic: 'foreground-ip',
    severity: 'high',
    kind: 'one-sided',
    message: 'Improvements to your Samples would belong to the Evaluator.',
    why: 'Improvements to the Samples build on your technology; if the Evaluator owns them, it can patent around you.',
    evidence: [evidence(RESULTS, 'any improvements to the Samples, shall be owned by Evaluator')],
    fix: { clause: 'improvements', variant: 'owner-keeps' },
  },
  {
    id: 'residuals/present#1',
    rule: 'residuals/present',
    topic: 'residuals',
    severity: 'high',
    kind: 'one-sided',
    message: 'A residuals clause lets the Evaluator keep using what it learned.',
    why: 'Know-how "retained in unaided memory" is not protected once the agreement ends.',
    evidence: [evidence(RESIDUALS, 'learned from the Samples ^ the "Residuals"')],
  },
  {
    id: 'return-or-destroy/no-deadline#1',
    rule: 'return-or-destroy/no-deadline',
    topic: 'return-or-destroy',
    severity: 'medium',
    kind: 'ambiguous',
    message: 'No deadline to return the Samples.',
    why: '"A reasonable time" is open to argument; a fixed number of days is enforceable.',
    evidence: [evidence(RETURN, 'within a reasonable time')],
    fix: { clause: 'return-or-destroy', variant: 'return-30-days' },
  },
  {
    id: 'dispute-resolution/unclear#1',
    rule: 'dispute-resolution/unclear',
    topic: 'dispute-resolution',
    severity: 'medium',
    kind: 'ambiguous',
    message: 'The forum for disputes is unclear.',
    why: 'A choice between courts and arbitration at one party\'s option invites a fight about where to fight.',
    evidence: [evidence(DISPUTES, 'courts of Stockholm [or arbitration?] at Evaluator\'s choice')],
  },
  {
    id: 'no-reverse-engineering/missing#1',
    rule: 'no-reverse-engineering/missing',
    topic: 'no-reverse-engineering',
    severity: 'high',
    kind: 'missing',
    message: 'Nothing stops the Evaluator from reverse engineering the Samples.',
    why: 'Without a prohibition, taking cells apart to learn their chemistry is lawful in most places.',
    evidence: [],
    fix: { clause: 'no-reverse-engineering', variant: 'strict' },
  },
];

function clause(
  clauseId: string,
  variantId: string,
  number: string,
  title: string,
  topic: RenderedClause['topic'],
  texts: string[],
  values: Record<string, string> = {},
): RenderedClause {
  return {
    clauseId,
    variantId,
    clauseVersion: '1.0.0',
    topic,
    number,
    title,
    paragraphs: texts.map((text, i) => ({ level: 1, label: `${number}.${i + 1}`, text })),
    tag: clauseTag({ clauseId, variantId, version: '1.0.0' }),
    values,
  };
}

export const PURPOSE_TEXT = [
  'Evaluator shall use the Samples only for evaluating them for use in Evaluator\'s battery modules (the "Purpose") and for no other purpose.',
  'Evaluator shall not analyse, disassemble or reverse engineer the Samples, or have a third party do so.',
];

export const RETURN_TEXT = [
  'Within 30 days after this Agreement ends, Evaluator shall return all Samples to Provider or, if Provider so requests in writing, destroy them.',
  'An officer of Evaluator shall certify the return or destruction in writing within 10 days after completing it.',
];

export const TERMS: RenderedTerms = {
  title: 'SAMPLE EVALUATION TERMS',
  scenario: 'sample-testing',
  ourRole: 'provider',
  libraryId: 'clausewright-core',
  libraryVersion: '1.0.0',
  parties: {
    A: { name: 'Shenzhen Voltcore Energy Technology Co., Ltd.', shortName: 'Provider', jurisdiction: 'China', role: 'provider' },
    B: { name: 'Norrland Battery Systems AB', shortName: 'Evaluator', jurisdiction: 'Sweden', role: 'evaluator' },
  },
  preamble: [
    'These terms are agreed between Shenzhen Voltcore Energy Technology Co., Ltd. ("Provider") and Norrland Battery Systems AB ("Evaluator").',
  ],
  definitions: [
    { term: 'Purpose', text: 'means evaluating the Samples for use in Evaluator\'s battery modules.' },
    { term: 'Samples', text: 'means the lithium iron phosphate cells Provider delivers under these terms.' },
  ],
  clauses: [
    clause('definitions', 'standard', '1', 'Definitions', 'definitions', [
      '"Purpose" means evaluating the Samples for use in Evaluator\'s battery modules.',
      '"Samples" means the lithium iron phosphate cells Provider delivers under these terms.',
    ]),
    clause('purpose-limitation', 'evaluation-only', '2', 'Use of the Samples', 'purpose-limitation', PURPOSE_TEXT, {
      purpose: "evaluating them for use in Evaluator's battery modules",
    }),
    clause('return-or-destroy', 'return-30-days', '3', 'Return of the Samples', 'return-or-destroy', RETURN_TEXT, { returnDays: '30' }),
  ],
};

/** The terms with two schedules after them: the samples' particulars, then the disclosure record. */
export const WITH_SCHEDULES: RenderedTerms = {
  ...TERMS,
  schedules: [
    {
      id: 'samples-and-tests',
      title: 'Schedule 1: Samples and Test Plan',
      intro: ['The Samples that Provider provides to Evaluator, and the tests that Evaluator plans to perform on them for the Purpose.'],
      columns: ['Item', 'Particulars'],
      labelled: true,
      rows: [
        ['Samples', 'Twelve lithium iron phosphate cells, model LFP-280'],
        ['Test plan', 'capacity at 25 °C under IEC 62620; cycle life at 0.5C, 1,000 cycles'],
      ],
    },
    {
      id: 'disclosure-record',
      title: 'Schedule 2: Disclosure Record',
      intro: ['Each item that Provider has disclosed or provided, or plans to disclose or provide, to Evaluator in connection with the Purpose.'],
      columns: ['No.', 'Item', 'Kind', 'SHA-256 fingerprint'],
      rows: [
        ['1', 'Batch LFP-280-2610, 12 cells', 'Batch of samples', ''],
        ['2', 'housing drawings rev C.pdf', 'File', '3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea'],
      ],
      monospace: 3,
    },
  ],
};

/** The library text for a clause, as the builder's render would give it: paragraphs, one a line. */
export function renderFromFixture(clauseId: string, _variantId: string, values: Record<string, string>): string {
  const c = TERMS.clauses.find((x) => x.clauseId === clauseId);
  if (!c) throw new Error(`no clause ${clauseId} in the library`);
  const text = c.paragraphs.map((p) => p.text).join('\n');
  return values.returnDays ? text.replace('Within 30 days', `Within ${values.returnDays} days`) : text;
}

/** A long draft: the fixture's clauses repeated, each copy numbered on, to `n` paragraphs. */
export function longDraft(n: number): ParagraphSeed[] {
  const body = DRAFT.slice(8, 22);
  const out: ParagraphSeed[] = DRAFT.slice(0, 8);
  for (let copy = 0; out.length < n; copy++) {
    for (const p of body) {
      if (out.length >= n) break;
      const label = p.list ? p.list.label.replace(/^\d+/, (d) => String(Number(d) + copy * 5)) : undefined;
      out.push({ ...p, list: p.list && label ? { ...p.list, label } : undefined });
    }
  }
  return out;
}

/** `n` findings spread over a long draft's purpose paragraphs (one every 14 paragraphs). */
export function manyFindings(n: number): Finding[] {
  const base = FINDINGS[0]!;
  const ev = base.evidence[0]!;
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `${base.rule}#${i + 1}`,
    evidence: [{ ...ev, paragraph: PURPOSE + 14 * i }],
  }));
}

/** The draft with up to `changes` words struck out as tracked deletions, spread through it, as a
 * counterparty redline has: a "not" where the paragraph has one, else a trailing " not". */
export function strikeOut(seeds: readonly ParagraphSeed[], changes: number): ParagraphSeed[] {
  const every = Math.max(1, Math.floor(seeds.length / Math.max(changes, 1)));
  let made = 0;
  return seeds.map((p, i) => {
    if (made >= changes || i % every !== 0 || p.text.length < 40) return p;
    made++;
    const at = p.text.indexOf(' not ');
    const date = new Date('2025-03-05T09:00:00Z');
    if (at >= 0) return { ...p, changes: [{ type: 'Deleted', author: 'Lars Holm', date, text: 'not ', start: at + 1 }] };
    return { ...p, text: `${p.text} not`, changes: [{ type: 'Deleted', author: 'Lars Holm', date, text: ' not', start: p.text.length }] };
  });
}

/** A long draft of `paragraphs` with `changes` struck-out words. */
export function redlined(paragraphs: number, changes: number): ParagraphSeed[] {
  return strikeOut(longDraft(paragraphs), changes);
}

const CUAD = path.resolve(__dirname, '../../../shared/corpus/cuad-dev/text');

/** A numbered line as Word holds it: the number is the list label, not text. */
function asWordParagraph(line: string): ParagraphSeed {
  const m = /^(\d+(?:\.\d+)*\.?|\([a-z]{1,4}\))\s+(.+)$/.exec(line);
  return m ? { text: m[2]!, list: { label: m[1]! } } : { text: line };
}

/** `n` paragraphs of real contracts (../shared/corpus/cuad-dev) when present, else the fixture repeated. */
export function contractDraft(n: number): { seeds: ParagraphSeed[]; source: 'CUAD contracts' | 'CUAD + fixture' | 'fixture' } {
  if (!existsSync(CUAD)) return { seeds: longDraft(n), source: 'fixture' };
  const seeds: ParagraphSeed[] = [];
  for (const file of readdirSync(CUAD).sort()) {
    for (const line of readFileSync(path.join(CUAD, file), 'utf8').split(/\r?\n/)) {
      if (line.trim()) seeds.push(asWordParagraph(line.trim()));
      if (seeds.length === n) return { seeds, source: 'CUAD contracts' };
    }
  }
  return { seeds: [...seeds, ...longDraft(n - seeds.length)], source: 'CUAD + fixture' };
}
