// Every playbook position of the built-in library: a draft silent on the topic gets the "missing"
// finding at the playbook's severity for that side; a draft that deals with it in contract language
// does not; and the other side, whose playbook does not raise the topic, hears nothing.
import { fromText, review } from '../../../src/core/review';
import type { RoleId } from '../../../src/core/scenarios';
import type { TopicId } from '../../../src/core/topics';
import { CASES } from './topic-cases';
import { library as LIBRARY, playbooks as PLAYBOOKS } from '../../support/review-as-side';

// Parties in two countries and goods changing hands, so every condition a playbook sets holds.
const OPENING = [
  'This Agreement is made between Hexi Energy Co., Ltd., a company incorporated in the People\'s Republic of China, and Nordlicht Systeme GmbH, a company organised under the laws of Germany.',
  'Hexi shall deliver twenty prototype cells to Nordlicht for the project.',
  'Nordlicht may buy further cells from Hexi for resale.',
].join('\n');

const SILENT_ON_EXCLUSIVITY = 'Replacement of a defective cell is the sole and exclusive remedy of Nordlicht for a defect.';
const REACHES_RESULTS = 'Hexi\'s Confidential Information includes all non-public information about the Samples.';
const WE_DISCLOSE = 'In the course of the project either party may share its test plans with the other.';
const EXCLUSIVE = 'Hexi appoints Nordlicht as its exclusive distributor of the cells for the term of this Agreement.';

const POSITIONS = LIBRARY.scenarios.flatMap((s) =>
  Object.entries(s.playbook).flatMap(([role, entry]) =>
    Object.entries(entry.missing ?? {}).map(([topic, position]) => ({
      scenario: s.id,
      role: role as RoleId,
      topic: topic as TopicId,
      severity: position!.severity,
      other: s.roles.map((r) => r.id).find((r) => r !== role) as RoleId,
      otherRaises: topic in (s.playbook[s.roles.map((r) => r.id).find((r) => r !== role)!]?.missing ?? {}),
    })),
  ),
);

const FOLLOW_RESULTS: readonly TopicId[] = ['joint-ownership', 'improvements', 'results-use', 'patent-prosecution'];

const missingOn = (text: string, scenario: (typeof POSITIONS)[number]['scenario'], role: RoleId, topic: TopicId) =>
  review(fromText(text), { scenario, role, library: LIBRARY, playbooks: PLAYBOOKS }).findings.filter((f) => f.rule === 'missing' && f.topic === topic);

describe('playbook positions', () => {
  it('every scenario and side has its positions', () => {
    for (const s of LIBRARY.scenarios) for (const r of s.roles) expect(Object.keys(s.playbook[r.id]?.missing ?? {}).length).toBeGreaterThan(0);
  });

  it.each(POSITIONS)('$scenario as $role: silence on $topic is raised at $severity, a term on it is not', ({ scenario, role, topic, severity, other, otherRaises }) => {
    // The use limit and the return duty are raised as gaps of a confidentiality term the draft has.
    // Where the draft has no IP clause at all, these are named in the one finding on results ownership
    // (tested below); a clause on each side's own IP shows the draft has one.
    // A territory bounds an exclusivity: it is asked for where the draft makes someone exclusive.
    // Who owns the test data is a gap only where the draft reaches what the tester makes (rules/results-reach.ts).
    // Confidentiality is, for some sides, a gap only where that side hands something over (rules/we-disclose.ts).
    const base =
      topic === 'purpose-limitation' || topic === 'return-or-destroy'
        ? `${OPENING}\n${CASES.confidentiality.deals}`
        : FOLLOW_RESULTS.includes(topic)
          ? `${OPENING}\n${CASES['background-ip'].deals}`
          : topic === 'territory'
            ? `${OPENING}\n${EXCLUSIVE}`
            : topic === 'test-data'
              ? `${OPENING}\n${REACHES_RESULTS}`
              : topic === 'confidentiality'
                ? `${OPENING}\n${WE_DISCLOSE}`
                : OPENING;
    // A non-exclusive appointment answers exclusivity (rules/stated-open.ts): silence there is the word used for something else.
    const silent = `${base}\n${topic === 'exclusivity' ? SILENT_ON_EXCLUSIVITY : CASES[topic].nearMiss}`;
    const found = missingOn(silent, scenario, role, topic);
    expect(found.map((f) => f.severity)).toEqual([severity]);
    expect(missingOn(`${silent}\n${CASES[topic].deals}`, scenario, role, topic)).toEqual([]);
    if (!otherRaises) expect(missingOn(silent, scenario, other, topic)).toEqual([]);
  });

  it('folds the use limit and the return duty into a missing confidentiality term instead of three findings', () => {
    const raised = (text: string) => review(fromText(text), { scenario: 'pre-deal-disclosure', role: 'discloser', library: LIBRARY, playbooks: PLAYBOOKS }).findings.filter((f) => f.rule === 'missing').map((f) => f.topic);
    const silent = raised(`${OPENING}\nThe Parties shall meet monthly to discuss the Project.`);
    expect(silent).toContain('confidentiality');
    expect(silent).not.toContain('purpose-limitation');
    expect(silent).not.toContain('return-or-destroy');
    const kept = raised(`${OPENING}\n${CASES.confidentiality.deals}`);
    expect(kept).toEqual(expect.arrayContaining(['purpose-limitation', 'return-or-destroy']));
  });
});
