// Non-exclusive courts where the paying side is or trades are the paid side's freedom to sue it there
// or anywhere: no point for the licensor, still a point for the licensee, and still one for the
// licensor where the open courts are in a third country.
import { forum } from '../../../../src/core/review/rules/forum';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const licence = (courts: string) =>
  [
    'This Content License Agreement is made between Maple Cable Networks Inc., a corporation of Ontario, Canada ("Licensee"), and Xiamen Starlight Pictures Co., Ltd., a company incorporated in the People\'s Republic of China ("Licensor").',
    'Licensor grants to Licensee the non-exclusive right to exhibit the Licensed Programs in Canada (the "Territory") to its residential subscribers.',
    'Licensee shall pay Licensor sixty percent of the revenue from each Licensed Program within thirty days after the end of each month.',
    'This Agreement shall be governed by the laws of the Province of Ontario.',
    `The parties hereby attorn to the non-exclusive jurisdiction of the courts of ${courts}.`,
  ].join('\n');
const run = (text: string, role: RoleId) => forum(makeContext(text, { scenario: 'technology-license', role })).map((f) => f.rule);

describe('open courts where the paying side is', () => {
  it('are no point for the licensor, which can sue the licensee there or anywhere', () => {
    expect(run(licence('the Province of Ontario'), 'licensor')).toEqual([]);
  });
  it('are still a point for the licensee, which pays and may be sued anywhere', () => {
    expect(run(licence('the Province of Ontario'), 'licensee')).toEqual(['ambiguous.court-forum-open']);
  });
  it('are still a point for the licensor where the open courts are in a third country', () => {
    expect(run(licence('England and Wales'), 'licensor')).toEqual(['ambiguous.court-forum-open']);
  });
});
