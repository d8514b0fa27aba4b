// Exclusivity the supplier grants, balanced or not by the other side's commitment: a binding minimum
// balances it, a revenue target the draft says binds no one does not. "An exclusive, non-transferable
// licence" is a grant, and "the exclusive licences described in Section 2" only refers back to one.
import { oneWayExclusivity } from '../../../../src/core/review/rules/one-way-exclusivity';
import { makeContext } from './make-context';

const parties = 'This Reseller Agreement is made between Lingxi Software Co., Ltd. (the "Supplier") and Westbrook Data Services LLC (the "Reseller").';
const grant = 'The Supplier hereby grants to the Reseller during the Term an exclusive, non-transferable license in the United States to market and sell the Software.';
const refersBack = 'The exclusive licenses described in Section 2.1 shall not include sales under agreements in place on the date of this Agreement.';
const run = (...lines: string[]) =>
  oneWayExclusivity(makeContext([parties, ...lines].join('\n'), { scenario: 'exclusive-partnership', role: 'supplier' })).map((f) => `${f.rule} ${f.severity}`);

describe('exclusivity with a target that is no duty', () => {
  it('fires where the reseller\'s revenue target is expressly no breach', () => {
    const target =
      'The Reseller intends to achieve a revenue target of USD 1,000,000 per year for the Supplier. Any failure by the Reseller to achieve the revenue target shall not constitute a breach of this Agreement.';
    expect(run(grant, refersBack, target)).toEqual(['one-sided.exclusivity medium']);
  });
  it('stays quiet where the reseller commits to a minimum', () => {
    expect(run(grant, refersBack, 'The Reseller shall purchase a minimum annual purchase volume of 500 licences; if it fails to do so, the Supplier may end the exclusivity.')).toEqual([]);
  });
});
