// Wordings of ownership beyond the plain verbs: property named by a possessive, a duty to assign inside
// further assurances, an interest named by "therein", marks named by their defined term; and the near
// misses beside each (risk passing on delivery, goodwill vesting, help with a technology transfer).
import { holderStance, ownershipTerms } from '../../../../src/core/review/terms/ownership';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from '../rules/make-context';

const LICENCE = 'This Patent and Know-How Licence Agreement is made between Lindqvist Energy AB (the "Licensor") and Hexi Power Co., Ltd. (the "Licensee").';

/** Each term read, as "verb things stance holder", for one side of the licence. */
function read(role: RoleId, line: string): string[] {
  const ctx = makeContext([LICENCE, line].join('\n'), { scenario: 'technology-license', role });
  return ownershipTerms(ctx).map((t) => `${t.verb} ${t.things.join('+')} ${holderStance(ctx, t)}`);
}
const licensee = (line: string) => read('licensee', line);
const licensor = (line: string) => read('licensor', line);

describe('property named by a possessive', () => {
  it("reads \"shall be the Licensor's sole and exclusive property\" for the party named", () => {
    const line = "All improvements to the Licensed Technology made by the Licensee shall be the Licensor's sole and exclusive property.";
    expect(licensee(line)).toEqual(['owns improvements+background theirs']);
    expect(licensor(line)).toEqual(['owns improvements+background ours']);
  });
  it('reads "shall become" a party\'s property as passing, and "shall remain" as keeping', () => {
    expect(licensee("Any modifications of the Licensed Software made by the Licensor shall become the Licensee's property.")).toEqual(['vests improvements+background ours']);
    expect(licensee("The Licensed Software shall remain the Licensor's property.")).toEqual(['retains background theirs']);
  });
  it.each([
    ['a cost', "The Licensee shall test the Samples at the Licensee's own cost."],
    ['a responsibility', "Storage of the Samples shall be the Licensee's responsibility."],
    ['a denial', "No improvement made by the Licensee shall be the Licensor's property."],
  ])('reads nothing in %s', (_, line) => {
    expect(licensee(line)).toEqual([]);
  });
});

describe('a duty to assign inside further assurances', () => {
  it('reads "documents necessary to assign to the Licensor" as an assignment to it', () => {
    const line = 'The Licensee shall execute all documents necessary to assign to the Licensor all right, title and interest in any improvements to the Licensed Technology.';
    expect(licensee(line)).toEqual(['assigns improvements+background theirs']);
    expect(licensor(line)).toEqual(['assigns improvements+background ours']);
    const [term] = ownershipTerms(makeContext([LICENCE, line].join('\n'), { scenario: 'technology-license', role: 'licensee' }));
    expect(term?.from?.text).toBe('Licensee');
  });
  it('reads "take all actions required to assign such patents to the Licensor"', () => {
    expect(licensee('The Licensee shall sign all documents and take all actions required to assign such patents to the Licensor.')).toEqual(['assigns ip theirs']);
  });
  it('reads "necessary to perfect the Licensor\'s title to" as the title held by the party named', () => {
    expect(licensee("The Licensee shall execute all documents necessary to perfect the Licensor's title to the Improvements.")).toEqual(['vests improvements theirs']);
  });
  it.each([
    ['help with a technology transfer', 'The Licensor shall give the Licensee the assistance necessary to transfer the Licensed Know-How to the Licensee.'],
    ['a duty denied', 'The Licensee shall not be required to assign any improvement to the Licensor.'],
    ['consent to assign the agreement', 'The Licensee shall obtain every consent necessary to assign this Agreement to its Affiliate.'],
    ['a security interest perfected', "The Licensee shall sign the filings necessary to perfect the Licensor's security interest in the Products."],
  ])('reads nothing in %s', (_, line) => {
    expect(licensee(line)).toEqual([]);
  });
});

describe('other wordings', () => {
  it('reads "an undivided interest therein" as the thing the sentence named before', () => {
    expect(licensor('The Licensee shall file the Joint Patents in its own name, and hereby assigns to the Licensor an undivided one-half interest therein.')).toEqual([
      'assigns ip ours',
    ]);
    // Nothing of intellectual property named before: no ownership term.
    expect(licensor('The Licensee has opened an escrow account for the royalties, and hereby assigns to the Licensor a security interest therein.')).toEqual([]);
  });
  it('reads a mark named by its defined term as intellectual property', () => {
    expect(licensor('The Licensee hereby assigns and agrees to assign any rights it may acquire in the Licensed Marks to the Licensor.')).toEqual(['assigns ip ours']);
    expect(licensor('Title to the goods bearing the identifying marks shall pass to the Licensee on delivery.')).toEqual([]);
  });
  it('reads "is, and shall be, the sole owner of"', () => {
    expect(licensee('The Licensor is, and shall be, the sole owner of all inventions made under this Agreement.')).toEqual(['owns results theirs']);
  });
  it('reads risk passing on delivery as no ownership, unless title passes with it', () => {
    expect(licensee('The risk of loss of the Samples shall pass to the Licensee upon delivery.')).toEqual([]);
    expect(licensee('Title to and risk of loss of the Samples shall pass to the Licensee upon delivery.')).toEqual(['vests samples ours']);
  });
  it('reads goodwill vesting in the owner of a mark as no passing of IP', () => {
    expect(licensee("The Licensee shall not challenge the Licensor's ownership of the Marks, and any benefits accruing from use of such Marks shall vest in the Licensor.")).toEqual([]);
    expect(licensee('All goodwill arising from the Licensee\'s use of the Licensed Marks shall vest in the Licensor.')).toEqual([]);
    expect(licensee('All right, title and interest in the Improvements shall vest in the Licensor.')).toEqual(['vests improvements theirs']);
  });
});
