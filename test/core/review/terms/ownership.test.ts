// Ownership clauses read as terms: each verb of owning, vesting, retaining, assigning and licensing,
// each way a draft names the holder (role labels, defined short names, "each Party", "that Party",
// "the generating Party", a mutual or a bound "Disclosing Party", third parties), resolved for both
// sides, and the near misses that are no ownership term at all.
import { holderStance, ownershipTerms } from '../../../../src/core/review/terms/ownership';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from '../rules/make-context';

const LICENCE = 'This Patent and Know-How Licence Agreement is made between Lindqvist Energy AB (the "Licensor") and Hexi Power Co., Ltd. (the "Licensee").';
const JDA = 'This Joint Development Agreement is made between Lindqvist Energy AB (the "Technology Owner") and Hexi Power Co., Ltd. (the "Co-Developer").';

/** Each term read, as "verb things stance", for one side of a deal. */
function read(opening: string, scenario: ScenarioId, role: RoleId, ...lines: string[]): string[] {
  const ctx = makeContext([opening, ...lines].join('\n'), { scenario, role });
  return ownershipTerms(ctx).map((t) => `${t.verb} ${t.things.join('+')} ${holderStance(ctx, t)}`);
}
const licensor = (...lines: string[]) => read(LICENCE, 'technology-license', 'licensor', ...lines);
const licensee = (...lines: string[]) => read(LICENCE, 'technology-license', 'licensee', ...lines);

describe('verbs of ownership', () => {
  it('reads vesting in the owner of what is improved', () => {
    const vest =
      "Any improvements, enhancements or modifications to a Party's technology shall automatically vest in that Party irrespective of who generates the relevant improvement.";
    expect(read(JDA, 'joint-development', 'co-developer', vest)).toEqual(['vests improvements relative']);
    const [term] = ownershipTerms(makeContext([JDA, vest].join('\n'), { scenario: 'joint-development', role: 'co-developer' }));
    expect(term?.improves).toBe('relative');
    expect(term?.conditions).toContain('whoever-makes');
  });
  it('reads a present assignment to the party named after "to", and who assigns', () => {
    const assign = 'The Licensee hereby assigns and transfers to the Licensor all right, title and interest in and to the Improvements.';
    expect(licensee(assign)).toEqual(['assigns improvements theirs']);
    expect(licensor(assign)).toEqual(['assigns improvements ours']);
    const [term] = ownershipTerms(makeContext([LICENCE, assign].join('\n'), { scenario: 'technology-license', role: 'licensee' }));
    expect(term?.from?.text).toBe('Licensee');
  });
  it('reads a party keeping what it has', () => {
    const retain = 'The Licensor retains all right, title, and interest in and to the Licensed Technology.';
    expect(licensor(retain)).toEqual(['retains background ours']);
    expect(licensee(retain)).toEqual(['retains background theirs']);
    expect(licensor('Title to the Licensed Patents shall remain vested in the Licensor.')).toEqual(['retains background ours']);
  });
  it('reads "is the property of", "shall be owned by", "belongs to" and "sole right, title and interest"', () => {
    expect(licensee('All test results shall be the property of the Licensee.')).toEqual(['owns test-data ours']);
    expect(licensor('All test results shall be the property of the Licensee.')).toEqual(['owns test-data theirs']);
    expect(licensee('Any enhancement that the Licensee makes to the Licensed Technology belongs to the Licensor.')).toEqual(['owns improvements+background theirs']);
    expect(licensor('The Licensor has sole right, title and interest in and to all intellectual property rights in the Licensed Patents.')).toEqual(['owns background ours']);
    expect(licensee('All Joint Inventions shall be owned by both Parties.')).toEqual(['owns results both']);
  });
  it('reads a licence grant with the licensee as holder', () => {
    expect(licensee('The Licensor hereby grants to the Licensee a non-exclusive licence under the Licensed Patents to make and sell the Products.')).toEqual([
      'licenses background ours',
    ]);
  });
  it('reads conditions and carve-outs', () => {
    const text = 'Upon payment in full of the Fees, the Developer hereby assigns to the Customer all right, title and interest in the Deliverables, except for the Developer Tools.';
    const ctx = makeContext(['This Development Agreement is made between Hexi Software Co., Ltd. (the "Developer") and Nordhalde GmbH (the "Customer").', text].join('\n'), {
      scenario: 'custom-development',
      role: 'developer',
    });
    const [term] = ownershipTerms(ctx);
    expect(term?.conditions).toEqual(expect.arrayContaining(['on-payment', 'except']));
    expect(term?.exceptions[0]).toMatch(/^except for the Developer Tools/);
    expect(holderStance(ctx, term!)).toBe('theirs');
  });
});

describe('who holds: resolving the holder for the side under review', () => {
  it('takes each Party and the Party that makes it as whichever party', () => {
    expect(read(JDA, 'joint-development', 'technology-owner', 'Each Party shall own all inventions that it makes in performing the Research Plan.')).toEqual([
      'owns results relative',
    ]);
    expect(read(JDA, 'joint-development', 'co-developer', 'All Test Data shall belong to the generating Party.')).toEqual(['owns test-data relative']);
    expect(read(JDA, 'joint-development', 'co-developer', 'Any invention shall be owned by the Party that makes it.')).toEqual(['owns results relative']);
  });
  it('takes a mutual Disclosing Party as whichever party, and a bound one as that party', () => {
    const mutual = [
      'This Mutual Non-Disclosure Agreement is made between Nordhalde GmbH and Hexi Power Co., Ltd.',
      'Each party may disclose Confidential Information to the other party; a party disclosing Confidential Information is the "Disclosing Party".',
      'All Confidential Information shall remain the property of the Disclosing Party.',
    ];
    expect(read(mutual[0]!, 'pre-deal-disclosure', 'recipient', ...mutual.slice(1))).toEqual(['retains confidential-information relative']);
    const oneWay = 'This Non-Disclosure Agreement is made between Nordhalde GmbH (the "Disclosing Party") and Hexi Power Co., Ltd. (the "Receiving Party").';
    const keeps = 'All Confidential Information shall remain the property of the Disclosing Party.';
    expect(read(oneWay, 'pre-deal-disclosure', 'recipient', keeps)).toEqual(['retains confidential-information theirs']);
    expect(read(oneWay, 'pre-deal-disclosure', 'discloser', keeps)).toEqual(['retains confidential-information ours']);
  });
  it('resolves a defined short name against the role label of the other party', () => {
    const opening = 'This Development Agreement is made between Nordhalde Battery GmbH ("Nordhalde") and Hexi Software Co., Ltd. (the "Developer").';
    const owns = 'All Deliverables shall be the sole and exclusive property of Nordhalde.';
    expect(read(opening, 'custom-development', 'developer', owns)).toEqual(['owns results theirs']);
    expect(read(opening, 'custom-development', 'customer', owns)).toEqual(['owns results ours']);
  });
  it('takes the party whose ownership is acknowledged, not the one acknowledging', () => {
    expect(licensee('The Licensee acknowledges that the Licensor owns the Licensed Patents.')).toEqual(['owns background theirs']);
    // Someone the opening does not introduce: unknown, never the party that acknowledges.
    expect(licensee('The Licensee acknowledges that Qingtai Holdings or its parent have sole right, title and interest in and to the Licensed Patents.')).toEqual([
      'owns background unknown',
    ]);
  });
  it('takes third parties as third parties', () => {
    expect(licensee('Software components licensed from third parties shall remain the property of such third parties.')).toEqual(['retains ip third']);
    expect(licensee('Any open source software shall remain the property of any third party that licenses it.')).toEqual(['retains ip third']);
  });
});

describe('assignments without "hereby", and property that becomes a party\'s', () => {
  it('reads a bare present assignment, and one each party makes', () => {
    expect(licensor('The Licensee assigns to the Licensor all right, title and interest in any improvements to the Licensed Technology.')).toEqual([
      'assigns improvements+background ours',
    ]);
    expect(licensee('The Licensor and its Affiliates each assign to the Licensee all patents issuing from the Joint Inventions.')).toEqual(['assigns results ours']);
  });
  it('reads "have been assigned to" as an assignment', () => {
    expect(licensor('The Licensee confirms that all inventions it conceived under the Prior Agreement have been assigned to the Licensor.')).toEqual(['assigns results ours']);
  });
  it('reads "shall become the property of" as passing, not as a party\'s own', () => {
    expect(licensor('All modifications to the Licensed Software made by the Licensee shall become the property of the Licensor.')).toEqual(['vests improvements+background ours']);
  });
  it('reads trade marks as intellectual property', () => {
    expect(licensor('The Licensee hereby assigns to the Licensor any rights it acquires in the Licensor\'s trademarks through its use of them.')).toEqual(['assigns ip ours']);
  });
});

describe('records passed with the rights in them', () => {
  it('reads a transfer of the rights in records, or a present transfer, as an assignment', () => {
    expect(licensor('The Licensee shall transfer to the Licensor all right, title and interest in the test reports it prepares.')).toEqual(['assigns test-data ours']);
    expect(licensor('The Licensee hereby transfers to the Licensor all data generated in testing the Licensed Products.')).toEqual(['assigns test-data ours']);
  });
});

describe('no ownership term', () => {
  it.each([
    ['an assignment of the agreement', 'The Licensee shall not assign this Agreement without the prior written consent of the Licensor.'],
    ['a right to act', 'The Licensee retains the right to terminate this Agreement on thirty (30) days written notice.'],
    ['a term that stays in force', 'This Agreement shall remain in full force and effect for five (5) years from the Effective Date.'],
    ['a denied ownership', 'No Improvement shall be owned by the Licensor.'],
    ['title to goods', 'Title to the Products shall pass to the Licensee on delivery.'],
    ['"its own"', 'The Licensee shall, at its own expense, maintain its own records of the Products it sells.'],
    ['a right to act with a qualifier', 'The Licensor retains all rights, in its sole discretion, to appoint other distributors of the trademarks.'],
    ['successors and assigns to', 'This Agreement binds the Licensee and its successors and assigns to the same extent as the Licensee.'],
    ['successors and assigns', 'This Agreement binds the Licensor and the Licensee and their respective successors and assigns.'],
    ['a definition', '"Background IP" means all intellectual property owned by a Party before the Effective Date.'],
    ['an onward transfer of samples', "The Licensee's further transfer of the Samples to its Affiliates requires the Licensor's consent."],
    [
      'records handed over at the end',
      'On termination, the Licensee shall transfer to the Licensor all data, reports and other information generated by the Licensee in performing this Agreement.',
    ],
  ])('reads nothing in %s', (_, line) => {
    expect(licensee(line)).toEqual([]);
  });
});
