// A licence only to install and use software inside the licensee's business needs no territory, for
// the licensor either: nothing granted lets the licensee make, sell or distribute. A licence to make
// and sell keeps the point.
import { reviewAs } from '../../../support/review-as-side';

const opening = 'This Software License Agreement is made between Suzhou Tianheng Software Co., Ltd. (the "Licensor") and Arden Freight Systems Ltd (the "Licensee").';
const restrictions = 'The Licensee will not (and will not allow anyone else to) sell, sublicense, distribute or otherwise allow others to use the Software.';
const territory = (lines: string[]) =>
  reviewAs([opening, ...lines].join('\n'), { scenario: 'technology-license', role: 'licensor' }).findings.filter(
    (f) => f.kind === 'missing' && f.topic === 'territory',
  );

describe('a territory for a licence only to use', () => {
  it('is not called missing where the licensee may only install and use the software', () => {
    expect(
      territory(['The Licensor grants the Licensee a non-exclusive, non-transferable license to install and use the Software on systems the Licensee controls for its internal business purposes.', restrictions]),
    ).toEqual([]);
  });
  it('is still called missing where the licensee may make and sell products with the technology', () => {
    expect(
      territory(['The Licensor grants the Licensee a non-exclusive license to use the Licensed Technology to make and sell the Products.', restrictions]).map((f) => f.severity),
    ).toEqual(['medium']);
  });
});
