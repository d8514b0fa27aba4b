// Four counterparty drafts as a Chinese battery or device maker receives them, reviewed from our
// side with the built-in library and playbooks. Each case lists what a careful lawyer expects
// (rule, severity, the passage quoted), what they accept as fair comment, and nothing else may
// appear: a finding outside both lists is a false positive.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibraryDir } from '../../../src/cli/library-files';
import type { Finding, Severity } from '../../../src/core/findings';
import type { Library } from '../../../src/core/library';
import { fromText, review, type Playbooks } from '../../../src/core/review';
import type { RoleId, ScenarioId } from '../../../src/core/scenarios';

const DRAFTS = path.join(__dirname, '../../fixtures/review/drafts');

function library(): Library {
  const loaded = loadLibraryDir();
  if (!loaded.ok) throw new Error('the built-in clause library does not load');
  return loaded.library;
}
const LIBRARY = library();
const PLAYBOOKS: Playbooks = Object.fromEntries(LIBRARY.scenarios.map((s) => [s.id, s.playbook as Playbooks[typeof s.id]]));

interface Expect {
  rule: string;
  severity: Severity;
  /** Words of the passage the finding must quote; for a missing term, its topic. */
  quote?: string;
  topic?: string;
  fix?: string;
}
interface Case {
  file: string;
  scenario: ScenarioId;
  role: RoleId;
  /** What a lawyer on our side must be told. */
  expected: Expect[];
  /** Fair comment a lawyer would not dismiss, but would not insist on either. */
  tolerated: Expect[];
}

function reviewed(c: Pick<Case, 'file' | 'scenario' | 'role'>, locale: 'en' | 'zh-CN' = 'en') {
  const text = readFileSync(path.join(DRAFTS, c.file), 'utf8');
  return review(fromText(text), { scenario: c.scenario, role: c.role, library: LIBRARY, playbooks: PLAYBOOKS, locale });
}

function matches(f: Finding, e: Expect): boolean {
  return (
    f.rule === e.rule &&
    (e.topic === undefined || f.topic === e.topic) &&
    (e.quote === undefined || f.evidence.some((ev) => ev.text.includes(e.quote!)))
  );
}

const drafting = (rule: string, quote: string): Expect => ({ rule: `drafting.${rule}`, severity: 'low', quote });

const CASES: Case[] = [
  {
    file: 'sample-evaluation-automaker.txt',
    scenario: 'sample-testing',
    role: 'provider',
    expected: [
      { rule: 'ambiguous.joint-ownership', severity: 'high', quote: 'shall be jointly owned by the Parties', fix: 'joint-ownership-terms' },
      { rule: 'one-sided.assignment', severity: 'high', topic: 'improvements', quote: 'hereby assigns to Nordhalde', fix: 'improvements' },
      { rule: 'one-sided.assignment', severity: 'medium', topic: 'feedback', quote: 'All Feedback shall be the exclusive property of Nordhalde', fix: 'feedback' },
      // Nordhalde is a Munich company: its home courts, for a Chinese cell maker.
      { rule: 'one-sided.court-forum', severity: 'medium', quote: 'The courts of Munich have exclusive jurisdiction', fix: 'dispute-resolution' },
      { rule: 'one-sided.retention', severity: 'medium', quote: 'Nordhalde may retain the Samples and all Test Data', fix: 'return-or-destroy' },
      // It denies a licence to the Supplier only; nothing denies Nordhalde one to the cells.
      { rule: 'one-sided.no-implied-license', severity: 'high', quote: 'grants the Supplier any licence', fix: 'no-implied-license' },
      { rule: 'ambiguous.return-destroy', severity: 'medium', quote: 'shall return and/or destroy the Samples', fix: 'return-or-destroy' },
      { rule: 'ambiguous.survival', severity: 'low', quote: 'by their nature', fix: 'survival' },
      // Nordhalde owns the Test Data, which is not the Supplier's Confidential Information: nothing
      // keeps it from publishing how our cells performed.
      { rule: 'one-sided.results-publishable', severity: 'medium', quote: 'only for the Evaluation' },
      drafting('and-or', 'return and/or destroy'),
      drafting('best-efforts', 'best efforts to answer'),
      drafting('vague-time', 'promptly inform'),
    ],
    // "shall be jointly owned" is the passive "shall" Adams flags.
    tolerated: [drafting('shall', 'shall be jointly owned')],
  },
  {
    file: 'joint-development-integrator.txt',
    scenario: 'joint-development',
    role: 'technology-owner',
    expected: [
      { rule: 'ambiguous.joint-ownership', severity: 'high', quote: 'shall be jointly owned by the Parties', fix: 'joint-ownership-terms' },
      { rule: 'one-sided.residuals', severity: 'high', quote: 'Ridgeline may use for any purpose the Residuals', fix: 'residuals' },
      { rule: 'one-sided.assignment', severity: 'high', topic: 'improvements', quote: 'shall assign to Ridgeline all improvements', fix: 'improvements' },
      { rule: 'one-sided.perpetual-license', severity: 'high', quote: 'perpetual, irrevocable, worldwide licence', fix: 'background-license' },
      { rule: 'one-sided.exclusivity', severity: 'medium', quote: 'shall not develop or supply sodium-ion cells', fix: 'exclusivity' },
      { rule: 'ambiguous.territory-undefined', severity: 'medium', quote: 'in the Territory', fix: 'territory' },
      { rule: 'ambiguous.return-destroy', severity: 'low', quote: 'return and/or destroy', fix: 'return-or-destroy' },
      drafting('and-or', 'return and/or destroy'),
      drafting('best-efforts', 'best efforts to achieve'),
      drafting('mixed-efforts', 'best efforts'),
      drafting('vague-time', 'promptly disclose'),
    ],
    tolerated: [
      // The draft gives Ridgeline a licence to background, not terms for using the Developed IP.
      { rule: 'missing', severity: 'medium', topic: 'results-use', fix: 'results-use' },
      { rule: 'missing', severity: 'low', topic: 'continuing-rights', fix: 'continuing-rights' },
      // Cells change hands in the project; a ban on tearing them down is worth a low note.
      { rule: 'missing', severity: 'low', topic: 'no-reverse-engineering', fix: 'no-reverse-engineering' },
      drafting('material', 'materially breaches'),
      drafting('shall', 'shall be jointly owned'),
    ],
  },
  {
    file: 'exclusive-distribution-distributor.txt',
    scenario: 'exclusive-partnership',
    role: 'supplier',
    expected: [
      { rule: 'one-sided.exclusivity', severity: 'medium', quote: 'shall not appoint any other distributor', fix: 'exclusivity' },
      { rule: 'ambiguous.china-territory', severity: 'medium', quote: 'the Philippines and China', fix: 'territory-scope' },
      { rule: 'one-sided.assignment', severity: 'medium', topic: 'feedback', quote: 'shall be owned by the Distributor', fix: 'feedback' },
      { rule: 'ambiguous.return-destroy', severity: 'low', quote: 'return to the Supplier all demonstration units', fix: 'return-or-destroy' },
      { rule: 'ambiguous.survival', severity: 'low', quote: 'expressed or intended to survive', fix: 'survival' },
      drafting('and-or', 'courier and/or email'),
      drafting('best-efforts', 'best efforts to promote'),
      drafting('vague-time', 'promptly inform'),
    ],
    tolerated: [
      // Battery products and their technology may need export licences from China.
      { rule: 'missing', severity: 'low', topic: 'export-control', fix: 'export-control' },
      // Demonstration units go to the distributor; a ban on tearing them down is worth a low note.
      { rule: 'missing', severity: 'low', topic: 'no-reverse-engineering', fix: 'no-reverse-engineering' },
      drafting('material', 'material breach'),
      drafting('shall', 'shall be owned by the Distributor'),
    ],
  },
  {
    file: 'nda-investor.txt',
    scenario: 'pre-deal-disclosure',
    role: 'discloser',
    expected: [
      { rule: 'one-sided.residuals', severity: 'high', quote: 'unaided memory', fix: 'residuals' },
      { rule: 'one-sided.retention', severity: 'medium', quote: 'internal document retention policies', fix: 'return-or-destroy' },
      { rule: 'ambiguous.return-destroy', severity: 'medium', quote: 'shall return or destroy the Evaluation Material', fix: 'return-or-destroy' },
      { rule: 'ambiguous.survival', severity: 'medium', quote: 'shall survive termination', fix: 'survival' },
      drafting('and-or', 'injunctive relief and/or specific performance'),
      drafting('vague-time', 'promptly notify'),
    ],
    tolerated: [
      // The playbook asks for both; an investor reading documents is a small reverse-engineering risk.
      { rule: 'missing', severity: 'medium', topic: 'no-reverse-engineering', fix: 'no-reverse-engineering' },
      // Manufacturing know-how goes to a Cayman fund: China's export control reaches technology.
      { rule: 'missing', severity: 'low', topic: 'export-control', fix: 'export-control' },
      { rule: 'missing', severity: 'low', topic: 'continuing-rights', fix: 'continuing-rights' },
      drafting('shall', 'shall survive termination'),
    ],
  },
];

// The same drafts from the other side: every one-sided term in them favours that side.
const OTHER_SIDE: { file: string; scenario: ScenarioId; role: RoleId }[] = [
  { file: 'sample-evaluation-automaker.txt', scenario: 'sample-testing', role: 'evaluator' },
  { file: 'joint-development-integrator.txt', scenario: 'joint-development', role: 'co-developer' },
  { file: 'exclusive-distribution-distributor.txt', scenario: 'exclusive-partnership', role: 'distributor' },
  { file: 'nda-investor.txt', scenario: 'pre-deal-disclosure', role: 'recipient' },
];

describe.each(CASES)('$file reviewed as $role', (c) => {
  const result = reviewed(c);

  it.each(c.expected)('reports $rule ($severity) on "$quote"', (e) => {
    const f = result.findings.find((x) => matches(x, e));
    expect(f).toMatchObject({ severity: e.severity });
    if (e.fix) expect(f!.fix?.clause).toBe(e.fix);
  });

  it('reports nothing a lawyer would dismiss', () => {
    const allowed = [...c.expected, ...c.tolerated];
    const extra = result.findings.filter((f) => !allowed.some((e) => matches(f, e) && f.severity === e.severity));
    expect(extra.map((f) => `${f.severity} ${f.rule} ${f.topic}: ${f.evidence[0]?.text ?? ''}`)).toEqual([]);
  });

  it('offers a library clause for every finding but drafting points', () => {
    const ids = new Set(LIBRARY.clauses.map((x) => x.id));
    for (const f of result.findings.filter((x) => x.kind !== 'drafting')) expect(ids.has(f.fix?.clause ?? '')).toBe(true);
  });

  it('explains each finding in Chinese too, without English left in the message', () => {
    const zh = reviewed(c, 'zh-CN');
    expect(zh.findings.map((f) => f.rule)).toEqual(result.findings.map((f) => f.rule));
    for (const f of zh.findings) {
      // Quoted draft words stay English; the rest of the message is Chinese.
      expect(f.message.replace(/“[^”]*”/g, '')).not.toMatch(/[A-Za-z]{4,}/);
      expect(f.why).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe.each(OTHER_SIDE)('$file reviewed as $role', (c) => {
  it('reports no term in our favour as one-sided against us', () => {
    const oneSided = reviewed(c).findings.filter((f) => f.kind === 'one-sided');
    expect(oneSided.map((f) => `${f.rule}: ${f.evidence[0]?.text ?? ''}`)).toEqual([]);
  });
});
