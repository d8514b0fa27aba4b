// A forum clause that names the courts with a capital ("the Courts of the Netherlands in Eindhoven")
// places the forum as surely as one in lower case, and "all disputes shall be finally settled by the
// courts of" leaves no other court for them: their home courts made the only forum, with us abroad.
import { forum } from '../../../../src/core/review/rules/forum';
import { makeContext } from './make-context';

const licence = (disputes: string) =>
  [
    'SOFTWARE DEVELOPMENT KIT LICENCE',
    'This Agreement is made between Haverkamp Embedded B.V., a company with its registered office in Eindhoven, the Netherlands ("Licensor"), and Qingyun Robotics Co., Ltd., a company organised under the laws of the People\'s Republic of China ("Licensee").',
    '1. Grant. Licensor grants Licensee a non-exclusive licence to build the Kit into Licensee\'s controllers.',
    '12. Governing Law. This Agreement is governed by the laws of the Netherlands.',
    `13. Disputes. ${disputes}`,
  ].join('\n');
const run = (text: string) =>
  forum(makeContext(text, { scenario: 'technology-license', role: 'licensee' })).map((f) => `${f.rule} ${f.severity}`);

describe('courts named with a capital, and disputes finally settled by courts', () => {
  it('places the forum at the courts named with a capital', () => {
    expect(run(licence('The Courts of the Netherlands in Eindhoven have exclusive jurisdiction over any dispute arising out of this Agreement.'))).toEqual([
      'one-sided.court-forum medium',
    ]);
  });
  it('reads disputes to be finally settled by their courts as those courts only', () => {
    expect(
      run(licence('Any dispute arising out of this Agreement that the parties cannot resolve amicably shall be finally settled by the courts of Eindhoven, the Netherlands.')),
    ).toEqual(['one-sided.court-forum medium']);
  });
});
