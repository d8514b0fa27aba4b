// A term in our favour is never reported as one-sided against us, whichever side we take in
// whichever scenario; the same term seen from the other side is reported.
import { RULES } from '../../../../src/core/review/rules';
import { SCENARIO_IDS, SCENARIO_ROLES, type RoleId, type ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

/** The labels drafts give each side: the first shares its technology, the second receives it. */
const LABELS: Record<ScenarioId, [string, string]> = {
  'sample-testing': ['Provider', 'Evaluator'],
  'joint-development': ['Technology Owner', 'Co-Developer'],
  'exclusive-partnership': ['Supplier', 'Distributor'],
  'technology-license': ['Licensor', 'Licensee'],
  'custom-development': ['Developer', 'Customer'],
  'pre-deal-disclosure': ['Disclosing Party', 'Receiving Party'],
};

/** Clauses that favour `us` over `them`. */
function favouring(us: string, them: string): string[] {
  return [
    `This Agreement is made between Jiangnan Cell Technology Co., Ltd. (the "${us}") and Nordhalde Automobilwerke AG (the "${them}").`,
    `The ${us} may use for any purpose the Residuals, meaning information retained in the unaided memory of its employees.`,
    `All feedback on the products of the ${them} shall be the exclusive property of the ${us}.`,
    `The ${them} hereby assigns to the ${us} all improvements to the technology and samples of the ${them}.`,
    `The ${them} grants the ${us} a perpetual, irrevocable licence to use the technology of the ${them}.`,
    `After the end of this Agreement the ${us} may retain the samples, materials and test data for its own use.`,
    `The ${us} may publish the results of the testing in scientific journals.`,
    `The ${them} appoints the ${us} as its exclusive distributor of the products.`,
    `The ${them} shall not sell the products to any other distributor.`,
    `Nothing in this Agreement grants the ${them} any licence under the intellectual property of the ${us}.`,
  ];
}

/** Every one-sided rule speaks on some term of the list when the terms favour the other side. */
const AGAINST = ['one-sided.assignment', 'one-sided.exclusivity', 'one-sided.no-implied-license', 'one-sided.perpetual-license', 'one-sided.publication', 'one-sided.residuals', 'one-sided.retention'];

const CASES = SCENARIO_IDS.flatMap((scenario) =>
  SCENARIO_ROLES[scenario].map((role, i) => ({ scenario, role: role as RoleId, us: LABELS[scenario][i]!, them: LABELS[scenario][1 - i]! })),
);

describe.each(CASES)('$scenario as $role', ({ scenario, role, us, them }) => {
  const oneSided = (text: string) =>
    RULES.flatMap((rule) => rule(makeContext(text, { scenario, role }))).filter((f) => f.kind === 'one-sided');

  it('reports no term in our favour as one-sided against us', () => {
    expect(oneSided(favouring(us, them).join('\n')).map((f) => `${f.rule}: ${f.evidence[0]?.text}`)).toEqual([]);
  });

  it('reports the same terms when they favour the other side', () => {
    const rules = [...new Set(oneSided(favouring(them, us).join('\n')).map((f) => f.rule))].sort();
    // A licensee that grants its licensor a lasting licence is also granting back; a developer that
    // assigns its improvements now also parts with them before it is paid.
    const extra = role === 'licensee' ? ['one-sided.licence-back'] : role === 'developer' ? ['one-sided.unpaid-assignment'] : [];
    expect(rules).toEqual([...AGAINST, ...extra].sort());
  });
});
