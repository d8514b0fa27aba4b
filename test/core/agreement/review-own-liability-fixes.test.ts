import { plan, presetAnswers, render, toText } from '../../../src/core/agreement';
import { fromText, OPT_IN_RULE_IDS, review, type Playbooks } from '../../../src/core/review';
import { SCENARIO_IDS, SCENARIO_ROLES } from '../../../src/core/scenarios';
import { realLibrary } from './real-library';

// The liability clauses the review offers as fixes (a mutual limit, a cap on our indemnity), built
// into our own terms in place of their liability clause, in English and in Chinese, must pass our
// own review: no finding on liability, no medium or high one, and no drafting point.
const library = realLibrary();
const playbooks: Playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook as Playbooks[typeof s.id]]));
const liability = library.clauses.find((c) => c.id === 'liability')!;

const cases = SCENARIO_IDS.flatMap((scenario) =>
  SCENARIO_ROLES[scenario].flatMap((role, side) =>
    ['mutual', 'mutual-beside', side === 0 ? 'indemnity-capped-provider-side' : 'indemnity-capped-receiving-side'].flatMap((variant) =>
      (['en', 'zh'] as const).map((language) => [scenario, role, variant, language] as const),
    ),
  ),
);

describe('our liability fixes in our own terms', () => {
  it.each(cases)('%s for the %s, with %s in %s, draws no liability finding', (scenario, role, variantId, language) => {
    const answers = { ...presetAnswers(library, scenario, role), language };
    const planned = plan(library, answers);
    const variant = liability.variants.find((v) => v.id === variantId)!;
    const clauses = planned.clauses.map((c) => (c.clause.id === 'liability' ? { ...c, variant } : c));
    expect(clauses.some((c) => c.variant === variant)).toBe(true);
    const text = toText(render(library, { ...planned, clauses }, answers));
    expect(text).not.toMatch(/\{\{/);
    const result = review(fromText(text), { scenario, role, library, playbooks, enabled: OPT_IN_RULE_IDS });
    const shown = (f: (typeof result.findings)[number]) => `${f.severity} ${f.rule}: ${f.evidence[0]?.text ?? ''}`;
    expect(result.findings.filter((f) => f.topic === 'liability' || f.kind === 'drafting' || f.severity === 'high' || f.severity === 'medium').map(shown)).toEqual([]);
  });
});
