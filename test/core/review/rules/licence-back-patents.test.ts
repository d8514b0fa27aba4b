import { loadLibraryDir } from '../../../../src/cli/library-files';
import { review } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';

// A licence back under all the licensee's patents is no improvements term: the fix is to strike it
// (or keep it to the licensee's improvements to the licensor's software), not an exchange of
// improvements that leaves the whole portfolio to be argued over.

const OPENING = 'This Firmware Licence is made between Corvane Microdevices Inc. ("Corvane") and Taizhou Brightline Power Co., Ltd. ("Licensee").\n';

const library = (() => {
  const loaded = loadLibraryDir();
  if (!loaded.ok) throw new Error('the built-in clause library does not load');
  return loaded.library;
})();

function licenceBack(line: string) {
  const result = review(fromText(`${OPENING}${line}`), { scenario: 'technology-license', role: 'licensee', library });
  return result.findings.find((f) => f.rule === 'one-sided.licence-back');
}

describe('a licence back of all our patents', () => {
  it('is raised high with no improvements clause as its fix', () => {
    const f = licenceBack('3. During the term Licensee grants to Corvane (and its affiliates), under any and all Licensee patents, a non-exclusive, royalty-free licence to make, use and sell the Licensed Software, with the right to sublicense others.');
    expect(f?.severity).toBe('high');
    expect(f?.fix).toBeUndefined();
    expect(f?.wording?.message.key).toBe('review.rule.one-sided.licence-back-patents.message');
  });
  it('reads "all of its patents" the same way', () => {
    const f = licenceBack('3. Licensee grants to Corvane, under all of its patents, a royalty-free licence to use the Licensed Software in any product.');
    expect(f?.fix).toBeUndefined();
  });
  it('keeps the improvements fix where the licence back is of improvements', () => {
    const cases = [
      '3. Licensee grants to Corvane a royalty-free licence under any Improvements that Licensee makes to the Licensed Software.',
      '3. Licensee grants to Corvane, under any Improvement patents, a royalty-free licence to use the Licensed Software.',
      '3. Licensee grants to Corvane, under all patents claiming Improvements, a royalty-free licence to use them.',
    ];
    for (const line of cases) {
      const f = licenceBack(line);
      expect(f?.wording?.message.key).toBe('review.rule.one-sided.licence-back.message');
      expect(f?.fix).toEqual({ clause: 'improvements', variant: 'reciprocal-grant-back' });
    }
  });
});
