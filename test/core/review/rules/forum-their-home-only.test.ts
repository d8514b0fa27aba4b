// Courts of the other side's home made the only forum, with our side established abroad: we must sue
// and defend there, and their judgment against us is what we would have to resist at home. Medium.
// Their courts not made the only ones, or courts in a neutral place, stay as they were.
import { forum } from '../../../../src/core/review/rules/forum';
import { makeContext } from './make-context';

const licence = (disputes: string) =>
  [
    'SOFTWARE LICENCE AGREEMENT',
    'This Agreement is made between Ridgeway Analytics, Inc., a Delaware corporation with its principal office in Austin, Texas ("Licensor"), and Qingyun Robotics Co., Ltd., a company organised under the laws of the People\'s Republic of China ("Licensee").',
    '1. Grant. Licensor grants Licensee a non-exclusive licence to use the Software for its internal research.',
    '9. Governing Law. This Agreement is governed by the laws of the State of Texas.',
    `10. Disputes. ${disputes}`,
  ].join('\n');
const run = (text: string) =>
  forum(makeContext(text, { scenario: 'technology-license', role: 'licensee' })).map((f) => `${f.rule} ${f.severity}`);

describe('their home courts as the only forum', () => {
  it('is medium for a licensee abroad', () => {
    expect(run(licence('The state courts of Travis County, Texas shall have exclusive jurisdiction over any dispute arising out of this Agreement.'))).toEqual(['one-sided.court-forum medium']);
  });
  it('stays low where their courts are named for any suit but not made the only ones', () => {
    expect(run(licence('Any dispute arising out of this Agreement may be heard in the courts of Travis County, Texas, and each party consents to their jurisdiction.'))).toEqual(['one-sided.court-forum low']);
  });
  it('is no point where the only courts are in a neutral place', () => {
    expect(run(licence('The courts of Singapore shall have exclusive jurisdiction over any dispute arising out of this Agreement.'))).toEqual([]);
  });
});
