// An English cap on the other side's liability alone, with nothing capping ours: medium, as the
// Chinese one-way cap is. Quiet where a cap reaches both sides, and beside an exclusion of indirect
// loss for both (our direct loss is still unbounded, so that alone would not quiet it).
import { oneWayCap } from '../../../../src/core/review/rules/one-way-cap';
import { makeContext } from './make-context';

const licence = (liability: string) =>
  [
    'SOFTWARE LICENCE AGREEMENT',
    'This Agreement is made between Ridgeway Analytics, Inc., a Delaware corporation ("Licensor"), and Qingyun Robotics Co., Ltd., a company organised under the laws of the People\'s Republic of China ("Licensee").',
    '1. Grant. Licensor grants Licensee a non-exclusive licence to build the Software into Licensee\'s controllers for a yearly fee.',
    '8. Indemnity. Licensee shall indemnify Licensor against every claim arising from Licensee\'s use of the Software.',
    `9. Liability. ${liability}`,
  ].join('\n');
const run = (text: string) => oneWayCap(makeContext(text, { scenario: 'technology-license', role: 'licensee' })).map((f) => `${f.rule} ${f.severity}`);

describe('one-way cap in English', () => {
  it('is medium where only their liability is capped', () => {
    expect(
      run(
        licence(
          'Neither party is liable for indirect or consequential loss. Licensor\'s liability for all claims and losses of any kind arising out of or in connection with this Agreement or the Software will be limited to the fees Licensee paid in the twelve months before the claim.',
        ),
      ),
    ).toEqual(['one-sided.one-way-cap medium']);
  });
  it('reads no cap in a liability that "is not limited to" something', () => {
    expect(run(licence('Licensor\'s liability under this Agreement is not limited to the fees paid, and Licensor will answer for every loss its breach causes.'))).toEqual([]);
  });
  it('reads a limit on what the licensee may recover as a cap on the licensor', () => {
    const remedy = 'Licensee\'s exclusive remedy for damages for the support services, under any contract, tort, strict liability or other theory, shall be limited to the amount Licensee paid for the support services in the prior 12 months.';
    const asLicensor = oneWayCap(makeContext(licence(remedy), { scenario: 'technology-license', role: 'licensor' }));
    expect(asLicensor).toEqual([]);
    expect(run(licence(remedy))).toEqual(['one-sided.one-way-cap medium']);
  });
  it('is quiet where the cap reaches both sides', () => {
    expect(run(licence('The total liability of each party under this Agreement shall not exceed the fees paid in the twelve months before the claim.'))).toEqual([]);
  });
});
