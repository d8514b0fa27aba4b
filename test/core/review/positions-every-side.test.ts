// No one-sided rule speaks for a side without counsel's position there: where a rule's test sentence
// fires for a side of a deal, that side's playbook names the rule, with a weight or as no point ("off").
// Marginal sides are decided in the playbook, not left to the rule's own weight.
import { fromText, review } from '../../../src/core/review';
import { SCENARIO_IDS, SCENARIO_ROLES, type RoleId } from '../../../src/core/scenarios';
import { POSITION_CASES, caseText } from './position-cases';
import { library as LIBRARY, playbooks as PLAYBOOKS } from '../../support/review-as-side';

const named = (scenario: (typeof SCENARIO_IDS)[number], role: string, rule: string) =>
  Object.values(PLAYBOOKS[scenario]?.[role]?.positions ?? {}).some((p) => p!.findings[rule]);

describe('every side a one-sided rule fires for has a position on it', () => {
  it.each(SCENARIO_IDS.flatMap((scenario) => SCENARIO_ROLES[scenario].map((role) => ({ scenario, role }))))('$scenario as $role', ({ scenario, role }) => {
    const unnamed = Object.entries(POSITION_CASES)
      .filter(([rule]) => !named(scenario, role, rule))
      .filter(([rule, c]) =>
        review(fromText(caseText(scenario, c.fires)), { scenario, role: role as RoleId, library: LIBRARY, playbooks: PLAYBOOKS }).findings.some((f) => f.rule === rule),
      )
      .map(([rule]) => rule);
    expect(unnamed).toEqual([]);
  });

  it('says which marginal points are no point for our side', () => {
    // An evaluator's efforts promise to use our samples, lapsing when a customer prefers another, costs
    // a sample provider or a discloser nothing before any deal.
    expect(PLAYBOOKS['sample-testing']?.provider?.positions?.exclusivity?.findings['one-sided.customer-choice']).toBe('off');
    expect(PLAYBOOKS['pre-deal-disclosure']?.discloser?.positions?.exclusivity?.findings['one-sided.customer-choice']).toBe('off');
  });
});
