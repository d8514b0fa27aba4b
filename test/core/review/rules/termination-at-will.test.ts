// The other side may end a licence or distribution at will and we may not: raised for us, quiet for
// the side that holds the right, where both hold it, and where the right needs a cause.
import { terminationAtWill } from '../../../../src/core/review/rules/termination-at-will';
import { makeContext } from './make-context';

const licence = 'This Content Licence Agreement is made between Shenzhen Vistar Media Co., Ltd. (the "Licensor") and Northgate Cable Inc. (the "Licensee").';
const supply = 'This Exclusive Distribution Agreement is made between Ningbo Arcstone Electric Co., Ltd. (the "Supplier") and Tallis Power Systems Ltd (the "Distributor").';
type Role = 'licensor' | 'licensee' | 'supplier' | 'distributor';
const run = (opening: string, terms: string[], role: Role) =>
  terminationAtWill(makeContext([opening, ...terms].join('\n'), { scenario: opening === licence ? 'technology-license' : 'exclusive-partnership', role })).map(
    (f) => `${f.rule} ${f.severity} ${f.topic}`,
  );
const raised = ['one-sided.termination-at-will medium continuing-rights'];
const weighed = ['one-sided.termination-at-will low continuing-rights'];

describe('termination at will for the other side only', () => {
  const licensee = 'The Licensee may terminate this Agreement for convenience on sixty (60) days\' written notice to the Licensor.';
  const supplier = 'The Supplier may terminate this Agreement at any time upon ninety (90) days\' prior written notice to the Distributor.';

  it('is a low point for the licensor when only the licensee may walk away', () => {
    expect(run(licence, [licensee], 'licensor')).toEqual(weighed);
  });
  it('is a medium point for the licensor bound by a holdback or for the supplier bound by exclusivity', () => {
    const holdback =
      'The Licensor shall not license or release any Title by any other means, such as free television or online streaming, within sixty (60) days after its first release on the Service.';
    expect(run(licence, [holdback, licensee], 'licensor')).toEqual(raised);
    const distributor = 'The Distributor may terminate this Agreement at any time upon sixty (60) days\' prior written notice to the Supplier.';
    expect(run(supply, ['The Supplier appoints the Distributor as its exclusive distributor of the Products in Chile.', distributor], 'supplier')).toEqual(raised);
    // Near miss: a non-exclusive appointment leaves the supplier free, so the point stays low.
    expect(run(supply, ['The Supplier appoints the Distributor as a non-exclusive distributor of the Products in Chile.', distributor], 'supplier')).toEqual(weighed);
  });
  it('is a medium point for the licensee when only the licensor may walk away', () => {
    expect(run(licence, ['The Licensor may, in its sole discretion, terminate this Agreement on thirty (30) days\' notice to the Licensee.'], 'licensee')).toEqual(raised);
  });
  it('fires for the distributor on notice "at any time" with no cause named', () => {
    expect(run(supply, [supplier], 'distributor')).toEqual(raised);
  });
  it('stays quiet for the side that holds the right', () => {
    expect(run(licence, [licensee], 'licensee')).toEqual([]);
    expect(run(supply, [supplier], 'supplier')).toEqual([]);
  });
  it('stays quiet where we may walk away too', () => {
    expect(run(licence, [licensee, 'The Licensor may terminate this Agreement without cause on sixty (60) days\' written notice to the Licensee.'], 'licensor')).toEqual([]);
    expect(run(licence, ['Either party may terminate this Agreement for any reason upon ninety (90) days\' written notice to the other party.'], 'licensor')).toEqual([]);
    expect(run(supply, ['The Supplier or the Distributor may terminate this Agreement for any reason on ninety (90) days\' written notice.'], 'distributor')).toEqual([]);
  });
  it('stays quiet on a right that needs a cause', () => {
    expect(run(supply, ['The Supplier may terminate this Agreement at any time if the Distributor fails to pay any invoice within thirty (30) days of its due date.'], 'distributor')).toEqual([]);
    expect(run(supply, ['The Supplier and the Distributor may terminate this Agreement at any time by mutual written consent.'], 'distributor')).toEqual([]);
    expect(run(licence, ['The Licensor shall have the right to terminate this Agreement if, in its sole discretion, the Licensee has not launched the Service within ninety (90) days of delivery.'], 'licensee')).toEqual([]);
  });
});
