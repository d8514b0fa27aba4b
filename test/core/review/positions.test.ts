// Every playbook position of the built-in library, for both sides of every deal: a sentence in
// contract language that goes against the position fires the rule it names, carrying the position
// and at the weight counsel set; a near miss in the same words does not; and the same sentence read
// for the other side is no point against that side unless its own playbook weighs the rule too.
import { fromText, review, type Playbooks } from '../../../src/core/review';
import { RULE_INFO } from '../../../src/core/review/rules';
import { reword } from '../../../src/core/review/reword';
import { SEVERITIES, severityRank, type Severity } from '../../../src/core/findings';
import { SCENARIO_ROLES, type RoleId, type ScenarioId } from '../../../src/core/scenarios';
import type { Playbook } from '../../../src/core/review/context';
import { POSITION_CASES, caseFor, caseText } from './position-cases';
import { library as LIBRARY, playbooks as PLAYBOOKS } from '../../support/review-as-side';

const CASES = LIBRARY.scenarios.flatMap((s) =>
  Object.entries(s.playbook).flatMap(([role, entry]) =>
    Object.entries(entry.positions ?? {}).flatMap(([topic, position]) =>
      Object.entries(position!.findings).map(([rule, severity]) => ({ scenario: s.id, role: role as RoleId, topic, rule, severity, position: position! })),
    ),
  ),
);

const run = (scenario: ScenarioId, role: RoleId, sentence: string, rule: string, playbooks: Playbooks | undefined = PLAYBOOKS, locale: 'en' | 'zh-CN' = 'en') =>
  review(fromText(caseText(scenario, sentence)), { scenario, role, library: LIBRARY, playbooks, locale }).findings.filter((f) => f.rule === rule);

/** The library's playbooks with no position naming `rule` for our side: the rule at its own weight. */
function unweighed(scenario: ScenarioId, role: RoleId, rule: string): Playbooks {
  const own = PLAYBOOKS[scenario]![role]!;
  const positions = Object.fromEntries(
    Object.entries(own.positions ?? {}).map(([topic, p]) => [topic, { ...p!, findings: Object.fromEntries(Object.entries(p!.findings).filter(([r]) => r !== rule)) }]),
  );
  return { ...PLAYBOOKS, [scenario]: { ...PLAYBOOKS[scenario], [role]: { ...own, positions } } };
}

/** The weight counsel set, less as many steps as the rule itself weighs this case below its strongest. */
function expected(set: Severity, ruleDefault: Severity, plain: Severity): Severity {
  const rank = Math.max(severityRank(set) - (severityRank(ruleDefault) - severityRank(plain)), severityRank('low'));
  return SEVERITIES[SEVERITIES.length - rank]!;
}

describe('playbook positions', () => {
  it('every side of every deal has positions, each naming rules with a test sentence', () => {
    for (const s of LIBRARY.scenarios) for (const r of s.roles) expect(Object.keys(s.playbook[r.id]?.positions ?? {}).length).toBeGreaterThan(0);
    expect(CASES.filter((c) => !POSITION_CASES[c.rule]).map((c) => c.rule)).toEqual([]);
  });

  it.each(CASES)('$scenario as $role: $rule goes against the position on $topic at $severity; a near miss does not', ({ scenario, role, topic, rule, severity, position }) => {
    const side = SCENARIO_ROLES[scenario].indexOf(role as never) === 0 ? 'A' : 'B';
    const c = caseFor(rule, side)!;
    expect(c.against === side || scenario === 'joint-development' || scenario === 'custom-development').toBe(true);
    const plain = run(scenario, role, c.fires, rule, unweighed(scenario, role, rule));
    expect(plain).toHaveLength(1);
    const [f] = run(scenario, role, c.fires, rule);
    if (severity === 'off') {
      expect(f).toBeUndefined();
      return;
    }
    const ruleDefault = RULE_INFO.find((r) => r.id === rule)!.severity;
    expect(f).toMatchObject({ severity: expected(severity, ruleDefault, plain[0]!.severity), position: { topic, want: position.want.en, acceptable: position.acceptable.en } });
    // The position's fix answers a finding filed under its topic; one filed under another topic (an
    // indemnity we give in an NDA, weighed as confidentiality, is a liability point) keeps the rule's own.
    const fix = f!.topic === topic ? (position.fixes?.[rule] ?? position.fix) : plain[0]!.fix;
    // A rule whose point no library clause answers (an indemnity to delete) offers no fix at all.
    if (fix && plain[0]!.fix !== undefined) expect(f!.fix).toEqual(fix);
    expect(run(scenario, role, c.nearMiss, rule)).toEqual([]);
    // The other side: no point against it, unless its own playbook weighs the rule (a mutual term).
    const other = SCENARIO_ROLES[scenario].find((r) => r !== role) as RoleId;
    const theirs = PLAYBOOKS[scenario]?.[other]?.positions;
    const weighed = Object.values(theirs ?? {}).some((p) => p!.findings[rule]);
    if (!weighed) expect(run(scenario, other, c.fires, rule)).toEqual([]);
  });
});

describe('counsel edits a position', () => {
  const scenario = 'sample-testing';
  const sentence = POSITION_CASES['one-sided.residuals']!.fires;
  const edited = (change: (p: Playbook) => void): Playbooks => {
    const copy = JSON.parse(JSON.stringify(PLAYBOOKS)) as Playbooks;
    change(copy[scenario]!.provider!);
    return copy;
  };

  it('sets the weight, and may say a rule is no point for our side in this deal', () => {
    const lower = edited((p) => (p.positions!.residuals = { ...p.positions!.residuals!, findings: { 'one-sided.residuals': 'low' } }));
    expect(run(scenario, 'provider', sentence, 'one-sided.residuals', lower).map((f) => f.severity)).toEqual(['low']);
    const off = edited((p) => (p.positions!.residuals = { ...p.positions!.residuals!, findings: { 'one-sided.residuals': 'off' } }));
    expect(run(scenario, 'provider', sentence, 'one-sided.residuals', off)).toEqual([]);
  });

  it('falls back to the rule\'s own weight and words without a position that names the rule', () => {
    const none = edited((p) => delete p.positions!.residuals);
    const [f] = run(scenario, 'provider', sentence, 'one-sided.residuals', none);
    expect(f).toMatchObject({ severity: 'high' });
    expect(f!.position).toBeUndefined();
  });

  it('gives its own words on why it matters, and the position in Chinese for a Chinese review', () => {
    const why = { en: 'What our engineers taught them stays ours, in memory or not.', zh: '我方工程师传授给对方的内容，无论是否记在脑中，均归我方所有。' };
    const worded = edited((p) => (p.positions!.residuals = { ...p.positions!.residuals!, why }));
    expect(run(scenario, 'provider', sentence, 'one-sided.residuals', worded)[0]!.why).toBe(why.en);
    const [zh] = run(scenario, 'provider', sentence, 'one-sided.residuals', worded, 'zh-CN');
    expect(zh).toMatchObject({ why: why.zh, position: { want: PLAYBOOKS[scenario]!.provider!.positions!.residuals!.want.zh } });
    // A review in English switched to Chinese says the same, without reviewing again.
    const english = review(fromText(caseText(scenario, sentence)), { scenario, role: 'provider', library: LIBRARY, playbooks: worded, locale: 'en' });
    const switched = reword(english, 'zh-CN').findings.find((f) => f.rule === 'one-sided.residuals');
    expect(switched).toMatchObject({ why: why.zh, position: { want: PLAYBOOKS[scenario]!.provider!.positions!.residuals!.want.zh } });
  });

  it('offers the position\'s fix only where the named rule reports on the position\'s topic', () => {
    // One-sided.assignment is weighed under the evaluator's position on improvements; feedback it
    // reports as assigned is fixed by the feedback clause, not by the improvements clause.
    const text = caseText('sample-testing', `${caseFor('one-sided.assignment', 'B')!.fires}\nAll feedback the {B} gives on the Samples shall be the sole and exclusive property of the {A}.`);
    const found = review(fromText(text), { scenario: 'sample-testing', role: 'evaluator', library: LIBRARY, playbooks: PLAYBOOKS }).findings.filter((f) => f.rule === 'one-sided.assignment');
    expect(found.map((f) => [f.topic, f.fix?.clause])).toEqual([
      ['improvements', 'improvements'],
      ['feedback', 'feedback'],
    ]);
    expect(found[0]!.fix).toEqual(PLAYBOOKS['sample-testing']!.evaluator!.positions!.improvements!.fix);
  });

  it('shows the position on a topic beside a finding of a rule it does not name', () => {
    const silent = review(fromText(caseText(scenario, 'The Provider shall deliver twenty prototype cells to the Evaluator.')), { scenario, role: 'provider', library: LIBRARY, playbooks: PLAYBOOKS });
    const onConfidentiality = silent.findings.find((x) => x.rule === 'missing' && x.topic === 'confidentiality');
    expect(onConfidentiality?.position?.want).toBe(PLAYBOOKS[scenario]!.provider!.positions!.confidentiality!.want.en);
  });
});
