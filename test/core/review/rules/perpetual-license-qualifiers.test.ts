// A lasting licence whose qualifiers cite a section: the point in "Section 14.1" does not end the
// grant before the word "licence", so a licensor still hears that it cannot take the licence back.
import { perpetualLicense } from '../../../../src/core/review/rules/perpetual-license';
import { makeContext } from './make-context';

const opening = 'This Licence and Hosting Agreement is made between Hangzhou Yunqi Software Co., Ltd. (the "Licensor") and Bayview Hosting Inc. (the "Licensee").';
const run = (grant: string) =>
  perpetualLicense(makeContext([opening, grant].join('\n'), { scenario: 'technology-license', role: 'licensor' })).map((f) => `${f.rule} ${f.severity}`);

describe('a perpetual licence with a section cited among its qualifiers', () => {
  it('fires for the licensor', () => {
    expect(
      run('The Licensor hereby grants to the Licensee a fee-bearing, perpetual and irrevocable, non-exclusive, non-transferable (except in accordance with Section 14.1 of this Agreement) right and license to host the Software.'),
    ).toEqual(['one-sided.perpetual-license medium']);
  });
  it('stays quiet on a licence for the term that cites the same section', () => {
    expect(
      run('The Licensor hereby grants to the Licensee a fee-bearing, non-exclusive, non-transferable (except in accordance with Section 14.1 of this Agreement) right and license to host the Software during the Term.'),
    ).toEqual([]);
  });
});
