// IP passing in wordings the plain verbs miss (CUAD's "IP Ownership Assignment" read from the terms):
// ownership a party takes once an event happens, a transfer already made "from" one group "to"
// another, a data set named by its defined term, and an interest "therein" whose object ends the
// line before. Each beside its near miss, for both sides.
import { holderStance, ownershipTerms } from '../../../../src/core/review/terms/ownership';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from '../rules/make-context';

const OPENING = 'This Development Agreement is made between Lindqvist Diagnostics AB (the "Developer") and Hexi Medical Co., Ltd. (the "Customer").';

function read(role: RoleId, ...lines: string[]): string[] {
  const ctx = makeContext([OPENING, ...lines].join('\n'), { scenario: 'custom-development', role });
  return ownershipTerms(ctx).map((t) => `${t.verb} ${t.things.join('+')} ${holderStance(ctx, t)}`);
}

describe('ownership that follows an event', () => {
  const elect =
    'If the Developer elects not to prosecute any Patent Rights in the Joint Inventions in a country, the Customer may elect to prosecute them, in which case the Patent Rights in such Joint Inventions in that country shall be owned solely by the Customer.';
  it('reads "in which case … shall be owned solely by" as the rights passing, for either side', () => {
    expect(read('developer', elect)).toEqual(['vests results theirs']);
    expect(read('customer', elect)).toEqual(['vests results ours']);
  });
  it('keeps plain ownership with no event as owning', () => {
    expect(read('customer', 'The Patent Rights in the Joint Inventions shall be owned solely by the Customer.')).toEqual(['owns results ours']);
  });
});

describe('a transfer already made', () => {
  const made =
    'The Parties shall record the transfer of any registration of Developer IP, to the extent the ownership thereof has transferred from a member of the Developer Group to a member of the Customer Group under the Separation Agreement.';
  it('reads "has transferred from … to" as an assignment', () => {
    expect(read('customer', made).map((x) => x.split(' ')[0])).toEqual(['assigns']);
  });
  it('does not read a transfer of records or a transfer yet to be agreed', () => {
    expect(read('customer', 'The Developer has sent the reports from its laboratory to the Customer.')).toEqual([]);
  });
});

describe('a data set named by its defined term, referred back to', () => {
  it('reads "assigns … an undivided interest therein" after a line broken mid-sentence', () => {
    const lines = ['2.3.2 All Usage Data shall be owned jointly by the Customer and', 'the Developer, and the Developer hereby irrevocably assigns to the Customer an undivided interest therein.'];
    expect(read('developer', ...lines)).toContain('assigns ip theirs');
    expect(read('customer', ...lines)).toContain('assigns ip ours');
  });
  it('does not take an earlier sentence that ended, nor data in lower case, as the object', () => {
    expect(read('customer', 'The Developer shall keep the Usage Data secure.', 'The Developer hereby assigns to the Customer an undivided interest therein.')).toEqual([]);
    expect(read('customer', 'The Developer shall own all data it collects.')).toEqual([]);
  });
});

describe('what a party keeps, after a "not" that belongs to another verb', () => {
  const keeps =
    "The Developer's Information and its administrative records relating to the Services shall not be deemed to be Works and are and shall remain the sole and exclusive property of the Developer.";
  it('reads the second verb as the developer keeping its own information, for either side', () => {
    expect(read('developer', keeps)).toEqual(['retains background ours']);
    expect(read('customer', keeps)).toEqual(['retains background theirs']);
  });
  it('still reads a "not" that governs the ownership itself as no term', () => {
    expect(read('developer', "The Customer's records shall not be deemed to be the property of the Developer.")).toEqual([]);
  });
});
