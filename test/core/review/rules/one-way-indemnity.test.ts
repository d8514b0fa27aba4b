// An uncapped indemnity we give with none given back: raised for the licensee whatever it covers, for
// the licensor only where it covers the licensee's own doing or any claim at all; quiet where the
// other side indemnifies too, or a cap on liability reaches the indemnities.
import { oneWayIndemnity } from '../../../../src/core/review/rules/one-way-indemnity';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening =
  'This Trademark License Agreement is made between Ridgeway Brands LLC ("Licensor") and Foshan Kelin Appliances Co., Ltd. ("Licensee").';
const run = (terms: string[], role: RoleId) =>
  oneWayIndemnity(makeContext([opening, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

const licenseeProducts =
  'Licensee shall defend, indemnify and hold harmless Licensor and its affiliates from and against any and all claims, damages, losses and expenses arising out of the Licensed Products or Licensee\'s use of the Licensed Mark.';
const licenseeTheirDoing =
  'Licensee agrees to protect, indemnify and hold harmless Licensor from and against any and all claims and costs arising out of the use of the Licensed Mark or the performance of Licensor\'s obligations hereunder.';
const licensorIp =
  'Licensor shall indemnify and hold harmless Licensee from and against any claim that the Licensed Mark infringes the trademark rights of a third party.';
const licensorOwnGoods =
  'Licensor shall indemnify and hold harmless Licensee from and against any and all claims arising out of the manufacture of the Licensed Products by Licensor.';

describe('an indemnity one way', () => {
  it('fires for the licensee that indemnifies and gets none back', () => {
    expect(run([licenseeProducts], 'licensee')).toEqual(['one-sided.one-way-indemnity medium']);
  });
  it('fires high where it also covers the licensor\'s own performance', () => {
    expect(run([licenseeTheirDoing], 'licensee')).toEqual(['one-sided.one-way-indemnity high']);
  });
  it('stays quiet for the licensee where the licensor indemnifies for its mark', () => {
    expect(run([licenseeProducts, licensorIp], 'licensee')).toEqual([]);
  });
  it('stays quiet where a cap on liability reaches the indemnities, and fires where the cap leaves them out', () => {
    const cap = 'In no event shall either party\'s aggregate liability under this Agreement exceed the royalties paid in the twelve months before the claim.';
    const capOut = 'Except for a party\'s indemnification obligations, in no event shall either party\'s aggregate liability under this Agreement exceed the royalties paid in the twelve months before the claim.';
    expect(run([licenseeProducts, cap], 'licensee')).toEqual([]);
    expect(run([licenseeProducts, capOut], 'licensee')).toEqual(['one-sided.one-way-indemnity medium']);
  });
  it('stays quiet for the licensor whose indemnity covers only what it makes, and for the licensee it protects', () => {
    expect(run([licensorOwnGoods], 'licensor')).toEqual([]);
    expect(run([licensorOwnGoods], 'licensee')).toEqual([]);
  });
  it('fires for the licensor only where its indemnity covers the licensee\'s own doing', () => {
    const ownActs = 'Licensor shall indemnify and hold harmless Licensee from and against any and all claims arising out of the negligent acts of Licensor in making the Licensed Products.';
    const theirActs = 'Licensor shall indemnify and hold harmless Licensee from and against any and all claims arising out of the negligent acts of Licensee in selling the Licensed Products.';
    expect(run([ownActs], 'licensor')).toEqual([]);
    expect(run([theirActs], 'licensor')).toEqual(['one-sided.one-way-indemnity high']);
  });
  it('is a low note where the licensor is a university, which indemnifies no one', () => {
    const university = 'This License Agreement is made between the Board of Regents of Lakeside State University ("University") and Foshan Kelin Appliances Co., Ltd. ("Licensee").';
    const text = [university, 'Licensee shall indemnify and hold harmless University from and against any and all claims arising out of the Licensed Products.'].join('\n');
    expect(oneWayIndemnity(makeContext(text, { scenario: 'technology-license', role: 'licensee' })).map((f) => f.severity)).toEqual(['low']);
  });
});
