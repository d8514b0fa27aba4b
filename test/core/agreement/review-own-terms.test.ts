import { plan, presetAnswers, render, toText } from '../../../src/core/agreement';
import { fromText, OPT_IN_RULE_IDS, review, type Playbooks } from '../../../src/core/review';
import { SCENARIO_IDS, SCENARIO_ROLES } from '../../../src/core/scenarios';
import { realLibrary } from './real-library';

// Our own terms, reviewed under the scenario and role they were built for, must pass our own review.
const library = realLibrary();
const playbooks: Playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook as Playbooks[typeof s.id]]));

const cases = SCENARIO_IDS.flatMap((scenario) => SCENARIO_ROLES[scenario].map((role) => [scenario, role] as const));

describe('built terms reviewed by the review engine', () => {
  it.each(cases)('%s, built for the %s, has every required topic, no high or medium finding and no drafting point', (scenario, role) => {
    const answers = presetAnswers(library, scenario, role);
    const text = toText(render(library, plan(library, answers), answers));
    // With the opt-in rules on too: our own words use "shall" only for a party's duty.
    const result = review(fromText(text), { scenario, role, library, playbooks, enabled: OPT_IN_RULE_IDS });

    const present = new Set(result.topics.filter((t) => t.present).map((t) => t.id));
    const required = playbooks[scenario]?.[role]?.required ?? [];
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((t) => !present.has(t))).toEqual([]);

    const serious = result.findings
      .filter((f) => f.severity === 'high' || f.severity === 'medium')
      .map((f) => `${f.severity} ${f.rule}: ${f.message} | ${f.evidence[0]?.text ?? ''}`);
    expect(serious).toEqual([]);
    expect(result.findings.filter((f) => f.kind === 'drafting').map((f) => `${f.rule}: ${f.evidence[0]?.text ?? ''}`)).toEqual([]);
  });
});
