// A licensee barred from modifying the licensed software makes no improvements: silence on who owns
// improvements is no gap for the licensor. A bar with a door left open, or one on the licensor, bars nothing the licensee makes.
import { reviewAs } from '../../../support/review-as-side';
import { licenseeMayNotChange } from '../../../../src/core/review/rules/no-changes';
import { makeContext } from './make-context';

const opening = 'This Software Licence Agreement is made between Nanjing Ruixin Software Co., Ltd. (the "Licensor") and Brandt Maschinenbau GmbH (the "Licensee").';
const grant = 'The Licensor grants the Licensee a non-exclusive, non-transferable licence to install and use the Software on systems it controls for its internal business purposes.';
const barred = 'The Licensee will not (and will not allow anyone else to): (i) reverse engineer or decompile the Software; (ii) sell, rent or sublicense the Software; or (iii) copy, modify, or create derivative works of the Software.';
const withConsent = 'The Licensee shall not modify the Software without the Licensor\'s prior written consent.';
const onLicensor = 'The Licensor will not modify or delete the Licensee\'s data stored in the Software.';
const bars = (line: string) => licenseeMayNotChange(makeContext([opening, grant, line].join('\n'), { scenario: 'technology-license', role: 'licensor' }));
const improvements = (line: string) =>
  reviewAs([opening, grant, line].join('\n'), { scenario: 'technology-license', role: 'licensor' })
    .findings.filter((f) => f.kind === 'missing' && f.topic === 'improvements')
    .map((f) => f.severity);

describe('a licensee that may not modify makes no improvements', () => {
  it('reads a flat bar on the licensee, and not one with consent or one on the licensor', () => {
    expect(bars(barred)).toBe(true);
    expect(bars(withConsent)).toBe(false);
    expect(bars(onLicensor)).toBe(false);
  });
  it('raises no missing improvements for the licensor where the licensee may not modify', () => {
    expect(improvements(barred)).toEqual([]);
  });
  it('keeps the point for the licensor where the licensee may modify with consent', () => {
    expect(improvements(withConsent)).toEqual(['medium']);
  });
});
