// A requirement left "TBD" and a date left blank are proofreading points (issue 12): what must be met,
// or when an agreement is dated, is still open. Sums left open are blank-price's point.
import { openTerms } from '../../../../src/core/review/rules/open-terms';
import { makeContext } from './make-context';

const PARTIES = 'This Software Licence Agreement is made between Orrin Signal Ltd. ("Licensor") and Bexley Telecom Inc. ("Licensee").';
const run = (text: string[]) => openTerms(makeContext([PARTIES, ...text].join('\n')));
const RECITALS = ['WHEREAS Licensor owns the detector software.', 'NOW, THEREFORE, the parties agree as follows:'];

describe('a requirement left to be determined', () => {
  it('flags a performance requirement left [TBD] and acceptance criteria still to be agreed, low', () => {
    const [f, ...rest] = run([
      'EXHIBIT A SPECIFICATION',
      'A.1 Tone detection. Performance requirements: 1. Talk-down performance requirement [TBD]. 2. Fewer than one false detection in five hours of speech.',
      'A.2 Acceptance. The acceptance criteria for the detector are to be agreed.',
    ]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'drafting.open-term', severity: 'low', kind: 'drafting' });
    expect(f!.message).toBe('A requirement left to be determined (2)');
  });

  it('is medium where a right to terminate turns on it', () => {
    const [f] = run(['7. Service levels. Licensee may terminate this Agreement if Licensor misses the service levels, which are to be determined.']);
    expect(f).toMatchObject({ rule: 'drafting.open-term', severity: 'medium' });
  });

  it('is quiet on a sum left open, a requirement someone is named to fix, and a filled-in requirement', () => {
    const text = [
      '3. Fees. The fee for the acceptance tests is to be determined.',
      '4. Milestones. The delivery dates for each release are to be determined by the steering committee within ten days after the Effective Date.',
      '5. Specification. The detector shall meet the performance requirements in Exhibit A.',
    ];
    expect(run(text)).toEqual([]);
  });
});

describe('a date left blank', () => {
  it('flags another agreement dated as of a blank, outside the opening words', () => {
    const text = [...RECITALS, '1. Definitions. "Trademark Licence" means the trademark licence agreement between Licensor and Licensee dated as of [ ].'];
    const [f, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'drafting.blank-date', severity: 'low' });
    expect(f!.message).toBe('A date left blank (1)');
  });

  it('is quiet on a date filled in, and on the opening words (blank-preamble reads them)', () => {
    expect(run([...RECITALS, '1. "Trademark Licence" means the trademark licence agreement between Licensor and Licensee dated as of 3 March 2025.'])).toEqual([]);
    expect(openTerms(makeContext(['This Software Licence Agreement is dated as of [ ] between Orrin Signal Ltd. ("Licensor") and Bexley Telecom Inc. ("Licensee").', ...RECITALS].join('\n')))).toEqual([]);
  });
});
