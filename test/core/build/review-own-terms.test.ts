import { plan, presetAnswers, render, toText } from '../../../src/core/build';
import { fromText, review, type Playbooks } from '../../../src/core/review';
import { SCENARIO_IDS, SCENARIO_ROLES } from '../../../src/core/scenarios';
import { realLibrary } from './real-library';

// Our own terms, reviewed under the scenario and role they were built for, must pass our own review.
const library = realLibrary();
const playbooks: Playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook as Playbooks[typeof s.id]]));

const cases = SCENARIO_IDS.flatMap((scenario) => SCENARIO_ROLES[scenario].map((role) => [scenario, role] as const));

describe('built terms reviewed by the review engine', () => {
  it.each(cases)('%s, built for the %s, has every required topic and no high or medium finding', (scenario, role) => {
    const answers = presetAnswers(library, scenario, role);
    const text = toText(render(library, plan(library, answers), answers));
    const result = review(fromText(text), { scenario, role, library, playbooks });

    const present = new Set(result.topics.filter((t) => t.present).map((t) => t.id));
    const required = playbooks[scenario]?.[role]?.required ?? [];
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((t) => !present.has(t))).toEqual([]);

    const serious = result.findings
      .filter((f) => f.severity === 'high' || f.severity === 'medium')
      .map((f) => `${f.severity} ${f.rule}: ${f.message} | ${f.evidence[0]?.text ?? ''}`);
    expect(serious).toEqual([]);
  });
});
