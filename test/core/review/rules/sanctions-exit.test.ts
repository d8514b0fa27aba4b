// The other side may cut off a licence, distribution or development at once on export-control or
// sanctions grounds that it alone judges: high for the licensee, distributor or customer that builds
// on the deal; quiet for the side that holds the right, where each side holds it, and where the right
// is bounded by an objective test and notice.
import { sanctionsExit } from '../../../../src/core/review/rules/sanctions-exit';
import { makeContext } from './make-context';

const licence = 'This Software Licence Agreement is made between Corvane Analytics Inc. (the "Licensor") and Hangzhou Lintree Data Co., Ltd. (the "Licensee").';
const supply = 'This Reseller Agreement is made between Ostrava Sensorik s.r.o. (the "Supplier") and Suzhou Bellmark Trading Co., Ltd. (the "Distributor").';
type Role = 'licensor' | 'licensee' | 'supplier' | 'distributor';
const run = (opening: string, terms: string[], role: Role) =>
  sanctionsExit(makeContext([opening, ...terms].join('\n'), { scenario: opening === licence ? 'technology-license' : 'exclusive-partnership', role })).map(
    (f) => `${f.rule} ${f.severity} ${f.topic}`,
  );
const raised = ['one-sided.sanctions-exit high export-control'];

describe('a cut-off on export-control or sanctions grounds the other side alone judges', () => {
  const licensor =
    'The Licensor may terminate this Agreement immediately without notice or liability to comply, as determined in the Licensor\'s sole discretion, with applicable export control and sanctions laws.';
  const supplier = 'The Supplier reserves the right to suspend deliveries at any time, in its sole discretion, where it considers that sanctions or export regulations may apply to the Distributor.';

  it('is high for the licensee whose licensor may end the licence at its own judgment', () => {
    expect(run(licence, [licensor], 'licensee')).toEqual(raised);
  });
  it('is high for the distributor whose supplier may suspend deliveries at its own judgment', () => {
    expect(run(supply, [supplier], 'distributor')).toEqual(raised);
  });
  it('stays quiet for the side that holds the right', () => {
    expect(run(licence, [licensor], 'licensor')).toEqual([]);
    expect(run(supply, [supplier], 'supplier')).toEqual([]);
  });
  it('stays quiet where each side holds the same right', () => {
    expect(run(licence, ['Either party may terminate this Agreement immediately without liability if performing it would breach applicable sanctions laws.'], 'licensee')).toEqual([]);
  });
  it('stays quiet on a right bounded by the law itself and notice', () => {
    expect(
      run(licence, ['The Licensor may suspend the licence on thirty (30) days\' written notice if a final export control regulation prohibits its performance, and shall refund any prepaid fees for the period of suspension.'], 'licensee'),
    ).toEqual([]);
  });
  it('stays quiet on a right to end for other reasons at the holder\'s discretion', () => {
    expect(run(licence, ['The Licensor may terminate this Agreement in its sole discretion if the Licensee fails to pay any fee within sixty (60) days of its due date.'], 'licensee')).toEqual([]);
  });
});
