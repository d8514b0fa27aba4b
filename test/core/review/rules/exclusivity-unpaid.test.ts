// Exclusivity or a holdback we give with nothing owed for it: raised for the supplier or licensor
// where the other side has no minimum and no duty to sell, quiet where it has either, where the
// licence is paid up, and for the side that enjoys the exclusivity.
import { exclusivityUnpaid } from '../../../../src/core/review/rules/exclusivity-unpaid';
import { makeContext } from './make-context';

const licence = 'This Content Licence Agreement is made between Shenzhen Vistar Media Co., Ltd. (the "Licensor") and Northgate Cable Inc. (the "Licensee").';
const supply = 'This Supply Agreement is made between Ningbo Arcstone Chemical Co., Ltd. (the "Supplier") and Tallis Biologics Ltd (the "Buyer").';
type Role = 'licensor' | 'licensee' | 'supplier' | 'distributor';
const run = (opening: string, terms: string[], role: Role) =>
  exclusivityUnpaid(makeContext([opening, ...terms].join('\n'), { scenario: opening === licence ? 'technology-license' : 'exclusive-partnership', role })).map(
    (f) => `${f.rule} ${f.severity} ${f.topic}`,
  );
const raised = ['one-sided.exclusivity-unpaid medium exclusivity'];

describe('exclusivity or a holdback with nothing owed for it', () => {
  const holdback =
    'The Licensor shall not license or release any Title by any other means, such as free television or online streaming, within sixty (60) days after its first release on the Service.';
  const noMinimum = 'No minimum royalty applies to any Title.';
  const both = ['The Supplier shall supply the Buyer exclusively with the Product in the Field.', 'The Buyer shall purchase the Product exclusively from the Supplier.'];

  it('fires for the licensor bound by a holdback where the licence fee has expressly no minimum', () => {
    expect(run(licence, [holdback, noMinimum], 'licensor')).toEqual(raised);
  });
  it('fires for the supplier where both sides deal exclusively but the buyer need buy no quantity', () => {
    expect(run(supply, both, 'supplier')).toEqual(raised);
  });
  it('stays quiet where the buyer owes a minimum purchase or a duty to market', () => {
    expect(run(supply, [...both, 'The Buyer shall purchase a minimum quantity of 500 kilograms of the Product in each Contract Year.'], 'supplier')).toEqual([]);
    expect(run(supply, [...both, 'The Buyer shall purchase at least 500 kilograms of the Product in each Contract Year.'], 'supplier')).toEqual([]);
    expect(run(licence, [holdback, 'The Licensee shall use commercially reasonable efforts to market and promote the Titles to its subscribers.'], 'licensor')).toEqual([]);
  });
  it('stays quiet on a paid-up licence', () => {
    expect(run(licence, [holdback, 'In consideration of a lump sum payment of USD 200,000, the licence granted in Section 2 is fully paid-up.'], 'licensor')).toEqual([]);
  });
  it('stays quiet for the licensee, and on a restraint with no window or one on the other side', () => {
    expect(run(licence, [holdback, noMinimum], 'licensee')).toEqual([]);
    // Near misses: a ban on sublicensing by other means binds the licensee; a bar on other channels with no window is not a holdback.
    expect(run(licence, ['The Licensee shall not release any Title by any other means within sixty (60) days after its first release on the Service.'], 'licensor')).toEqual([]);
    expect(run(licence, ['The Licensor shall not license any Title by any other means that infringes the rights of a third party.'], 'licensor')).toEqual([]);
  });
  it('leaves exclusivity that binds the supplier alone to the one-way rule', () => {
    expect(run(supply, ['The Supplier appoints the Buyer as its exclusive distributor of the Product in Chile.'], 'supplier')).toEqual([]);
  });
});
