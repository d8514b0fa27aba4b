// A most-favoured term binding us where we license or supply: raised for the licensor or supplier
// that must match its other deals, quiet for the side that enjoys it, and quiet on comparisons of
// care or treatment that only read like one.
import { mostFavoured } from '../../../../src/core/review/rules/most-favoured';
import { makeContext } from './make-context';

const licence = 'This Software Licence Agreement is made between Hangzhou Lumen Data Co., Ltd. (the "Licensor") and Brightwell Hosting Inc. (the "Licensee").';
const supply = 'This Distribution Agreement is made between Ningbo Arcstone Electric Co., Ltd. (the "Supplier") and Tallis Power Systems Ltd (the "Distributor").';
const run = (opening: string, term: string, scenario: 'technology-license' | 'exclusive-partnership', role: 'licensor' | 'licensee' | 'supplier' | 'distributor') =>
  mostFavoured(makeContext([opening, term].join('\n'), { scenario, role })).map((f) => `${f.rule} ${f.severity} ${f.topic}`);
const raised = ['one-sided.most-favoured medium exclusivity'];

describe('a most-favoured term', () => {
  const byEffect =
    'If at any time during the Term the Licensor grants to any other licensee a licence to the Software on royalty rates more favourable than those set out in Schedule 2, the Licensor shall promptly offer the same royalty rates to the Licensee.';
  const byName = 'The Supplier shall sell the Products to the Distributor on most favoured customer pricing throughout the Term.';
  const taken = 'The Distributor shall be entitled to prices no less favourable than those charged by the Supplier to any other distributor of the Products in the Territory.';

  it('fires for the licensor that must match its better deals', () => {
    expect(run(licence, byEffect, 'technology-license', 'licensor')).toEqual(raised);
  });
  it('fires for the supplier on most favoured customer pricing by name', () => {
    expect(run(supply, byName, 'exclusive-partnership', 'supplier')).toEqual(raised);
  });
  it('fires where the other side is the one entitled to the better prices', () => {
    expect(run(supply, taken, 'exclusive-partnership', 'supplier')).toEqual(raised);
  });
  it('stays quiet for the licensee and the distributor, who enjoy it', () => {
    expect(run(licence, byEffect, 'technology-license', 'licensee')).toEqual([]);
    expect(run(supply, taken, 'exclusive-partnership', 'distributor')).toEqual([]);
  });
  it('stays quiet where the promise binds the distributor', () => {
    expect(run(supply, 'The Distributor shall offer the Products to end customers at prices no less favourable than those it charges any other purchaser in the Territory.', 'exclusive-partnership', 'supplier')).toEqual([]);
  });
  it('stays quiet on a standard of care that only reads like one', () => {
    expect(
      run(licence, 'The Licensor shall protect the Licensee Data with measures no less favourable than those it applies to the data of any other customer, and in no event less than reasonable care.', 'technology-license', 'licensor'),
    ).toEqual([]);
  });
});
