// An exclusive distributor also free to canvass customers beyond its territory: fires for the
// supplier, stays quiet where only unsolicited orders or our consented sales are allowed, and for
// the distributor, whom it favours.
import { salesOutside } from '../../../../src/core/review/rules/sales-outside';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Distribution Agreement is made between Hexi Energy Co., Ltd. (the "Supplier") and Prairie Controls LLC (the "Distributor").';
const GRANT = 'The Supplier appoints the Distributor as its exclusive distributor of the Products in the Territory.';
const run = (role: RoleId, ...lines: string[]) =>
  salesOutside(makeContext([OPENING, GRANT, ...lines].join('\n'), { scenario: 'exclusive-partnership', role })).map((f) => `${f.rule} ${f.severity}`);

const outside =
  'The Distributor shall be entitled to advertise, promote and solicit customers that have a business presence outside the Territory, except where the Supplier has appointed another exclusive distributor for that area and has notified the Distributor of it.';

describe('an exclusive distributor free to sell outside its territory', () => {
  it('fires for the supplier', () => {
    expect(run('supplier', outside)).toEqual(['one-sided.sales-outside medium']);
    expect(run('supplier', 'The Distributor may also sell the Products to customers located outside the Territory.')).toEqual(['one-sided.sales-outside medium']);
  });
  it('fires where a page break cuts the permission from the place', () => {
    const cut = ['The Distributor shall be entitled to advertise, promote, market or 4', 'Source: HEXI ENERGY CO., LTD., 10-K, 03/02/2020', 'solicit any customers that have a business presence outside the Territory.'];
    expect(run('supplier', cut.join('\n\n'))).toEqual(['one-sided.sales-outside medium']);
  });
  it('stays quiet where outside sales are barred, passive only, need our consent, or are ours', () => {
    expect(run('supplier', 'The Distributor shall not be entitled to sell or solicit customers outside the Territory.')).toEqual([]);
    expect(run('supplier', 'The Distributor may not actively market or sell the Products outside the Territory.')).toEqual([]);
    expect(run('supplier', 'The Distributor may fill unsolicited orders from customers outside the Territory.')).toEqual([]);
    expect(run('supplier', 'The Distributor may sell to customers outside the Territory only with the prior written consent of the Supplier.')).toEqual([]);
    expect(run('supplier', 'The Supplier may sell the Products directly to customers outside the Territory.')).toEqual([]);
  });
  it('stays quiet for the distributor, and without exclusivity', () => {
    expect(run('distributor', outside)).toEqual([]);
    const plain = makeContext([OPENING, 'The Supplier appoints the Distributor as a non-exclusive distributor of the Products.', 'The Distributor may also sell the Products outside the Territory.'].join('\n'), {
      scenario: 'exclusive-partnership',
      role: 'supplier',
    });
    expect(salesOutside(plain)).toEqual([]);
  });
});
