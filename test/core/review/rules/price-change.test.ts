// The other side may change the fees alone: raised for the side that must live with the change, quiet
// for the side that holds the right, and quiet where the change needs agreement, follows an index or
// either side may make it.
import { priceChange } from '../../../../src/core/review/rules/price-change';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening =
  'This Distribution Agreement is made between Ridgeway Payments Inc. ("Supplier") and Hangzhou Yunfu Technology Co., Ltd. ("Distributor").';
const run = (terms: string[], role: RoleId) =>
  priceChange(makeContext([opening, ...terms].join('\n'), { scenario: 'exclusive-partnership', role })).map((f) => `${f.rule} ${f.severity}`);
const raised = ['one-sided.price-change medium'];

describe('fees the other side may change alone', () => {
  const passive =
    'The commissions set out in Exhibit A shall be subject to modification by Supplier, at its discretion, upon thirty (30) days\' prior written notice to Distributor.';
  const rate = 'The fee rate stated above may be prospectively increased or decreased by Supplier, in its sole discretion, at any time upon notice to Distributor.';
  const active = 'Supplier may change its prices for the Products at any time by giving Distributor fifteen days\' written notice.';

  it('fires for the distributor where the supplier may change them', () => {
    for (const t of [passive, rate, active]) expect(run([t], 'distributor')).toEqual(raised);
  });
  it('stays quiet for the supplier that holds the right', () => {
    for (const t of [passive, rate, active]) expect(run([t], 'supplier')).toEqual([]);
  });
  it('fires for the supplier where the distributor may change what it pays', () => {
    expect(run(['Distributor may, in its sole discretion, revise the royalties payable under this Agreement on notice to Supplier.'], 'supplier')).toEqual(raised);
  });
  it('stays quiet where the change needs agreement, follows an index, or either party may make it', () => {
    // Near misses in the same words.
    expect(run(['Supplier may change its prices for the Products at any time with the written consent of Distributor.'], 'distributor')).toEqual([]);
    expect(run(['Supplier may increase its prices once per calendar year on sixty days\' notice by no more than the change in the Consumer Price Index.'], 'distributor')).toEqual([]);
    expect(run(['Either party may propose a change to the fees on thirty days\' notice, and no change binds until both parties sign it.'], 'distributor')).toEqual([]);
  });
  it('stays quiet where the supplier may not change them', () => {
    expect(run(['Supplier may not change its prices for the Products at any time during the Initial Term.'], 'distributor')).toEqual([]);
  });
});
