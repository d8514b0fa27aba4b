// A right of first refusal over buying our company, its shares or the revenue we earn under the agreement:
// any sale or merger waits on the other side, who may match it. Near misses: the right is ours, or it is a
// duty only to tell them of a sale.
import { firstRefusal } from '../../../../src/core/review/rules/first-refusal';
import { makeContext } from './make-context';

const opening = 'This Sales Agency Agreement is made between Redwater Payments Inc. (the "Supplier") and Nanjing Huiyin Technology Co., Ltd. (the "Distributor").';
const keys = (clause: string) =>
  firstRefusal(makeContext([opening, clause].join('\n'), { scenario: 'exclusive-partnership', role: 'distributor' })).map((f) => `${f.severity} ${f.message}`);

describe('first call on buying our company', () => {
  it('is raised at high when the other side holds it', () => {
    expect(
      keys(
        'If the Distributor receives a bona fide offer to acquire or merge with it, the Supplier shall have the right of first refusal to acquire the Distributor on the same terms as that offer.',
      ),
    ).toEqual(['high The other side has first call on buying your company']);
    expect(keys('The Supplier shall have a right of first refusal on any sale of the shares of the Distributor during the Term.')).toEqual([
      'high The other side has first call on buying your company',
    ]);
  });
  it('stays quiet when the right is ours or is only a duty to tell', () => {
    expect(keys('The Distributor shall have the right of first refusal to acquire the shares of the Supplier on the same terms as any bona fide offer.')).toEqual([]);
    expect(keys('The Distributor shall tell the Supplier in writing within ten days after it agrees to any sale of its shares.')).toEqual([]);
  });
});
