// A cap on the licensor's liability alone (at the fees paid, nothing under a free licence) reaches
// nothing the licensee owes: the licensee's uncapped indemnity is still a point. A cap on both sides,
// or one the reader cannot place, still silences it, and the licensor's reading is unchanged.
import { oneWayIndemnity } from '../../../../src/core/review/rules/one-way-indemnity';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening =
  'This Firmware Licence is made between Corvane Microdevices Inc. ("Corvane") and Taizhou Brightline Power Co., Ltd. ("Licensee").';
const run = (terms: string[], role: RoleId) =>
  oneWayIndemnity(makeContext([opening, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

const ours =
  'Licensee shall indemnify and hold harmless Corvane and its suppliers from and against any and all claims, losses and costs arising out of the products in which Licensee installs the Firmware.';
const theirCap = "In no event shall Corvane's aggregate liability under this Agreement exceed the amount actually paid by Licensee for the Firmware.";
const bothCap = "In no event shall either party's aggregate liability under this Agreement exceed the amount paid for the Firmware.";

describe('a cap on the licensor alone beside our uncapped indemnity', () => {
  it('leaves the one-way indemnity raised for the licensee', () => {
    expect(run([ours, theirCap], 'licensee')).toEqual(['one-sided.one-way-indemnity medium']);
  });
  it('is silenced by a cap that reaches both sides', () => {
    expect(run([ours, bothCap], 'licensee')).toEqual([]);
  });
});
