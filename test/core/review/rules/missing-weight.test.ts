// A licensor's missing reservation of rights weighs medium where the licence lets the licensee make or
// change something from its technology, and low where the one grant is to exhibit finished content.
import { reviewAs } from '../../../support/review-as-side';

const licence = (grant: string) =>
  [
    'This License Agreement is made between Harbin Northern Film Co., Ltd. ("Licensor") and Lakeview Cable Inc. ("Licensee").',
    grant,
    'Licensee shall pay Licensor fifty percent of the revenue it receives from each licensed title within thirty days after the end of each month.',
    'This Agreement is governed by the laws of Singapore, and any dispute shall be finally settled by arbitration in Singapore.',
  ].join('\n');
const impliedLicence = (grant: string, role: 'licensor' | 'licensee') =>
  reviewAs(licence(grant), { scenario: 'technology-license', role })
    .findings.filter((f) => f.rule === 'missing' && f.topic === 'no-implied-license')
    .map((f) => f.severity);

describe('no statement that no licence is implied', () => {
  it('is a low drafting point for the licensor whose one grant is to exhibit finished films', () => {
    expect(impliedLicence('Licensor grants to Licensee the non-exclusive license to exhibit the Licensed Programs to its residential subscribers on a video-on-demand basis.', 'licensor')).toEqual(['low']);
  });
  it('stays medium where the licence lets the licensee modify the licensor\'s software', () => {
    expect(impliedLicence('Licensor grants to Licensee a non-exclusive license to use, modify and create derivative works of the Licensed Software.', 'licensor')).toEqual(['medium']);
  });
  it('stays medium where the licensor also hands over prototype devices beside the exhibition grant', () => {
    expect(
      impliedLicence('Licensor grants to Licensee the non-exclusive license to exhibit the Licensed Programs to its residential subscribers. Licensor shall deliver two prototype set-top devices to Licensee for the trial.', 'licensor'),
    ).toEqual(['medium']);
  });
  it('is not asked of the licensee either way', () => {
    expect(impliedLicence('Licensor grants to Licensee the non-exclusive license to exhibit the Licensed Programs to its residential subscribers on a video-on-demand basis.', 'licensee')).toEqual([]);
  });
});
