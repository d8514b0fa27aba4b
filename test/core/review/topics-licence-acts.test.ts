// A licence of software or data named by the acts it allows ("to copy, modify and use", "to: (a)
// download, run and display"), and a grant followed by the usual reservation ("No licence is granted
// for any other purpose"): both are licences, and a one-way licence to us is not reported missing.
import { detectTopics, fromText, segment } from '../../../src/core/review';
import { reviewAs, ruleTopics } from '../../support/review-as-side';

const present = (text: string) => detectTopics(segment(fromText(text)).sentences)['background-license'].present;

const copyGrant =
  'The Institute grants the User a limited, non-exclusive, non-transferable and revocable licence to copy, modify and use the Traffic Dataset solely for internal research.';
const listedGrant =
  'Subject to this Agreement, the Laboratory hereby grants to the Licensee, for internal research only, a non-exclusive, non-transferable license to: (a) download, run and display the Toolkit and (b) correct errors in the Toolkit.';
const reservation = 'No licence is granted for any other purpose, and no licence arises by implication.';

describe('a licence named by the acts it allows', () => {
  it('reads a licence to copy, download or run as a licence', () => {
    expect(present(copyGrant)).toBe(true);
    expect(present(listedGrant)).toBe(true);
    // Near misses: the same acts forbidden, and a licence the sentence itself denies.
    expect(present('The User shall not copy, download or modify the Traffic Dataset except as this Agreement allows.')).toBe(false);
    expect(present('Nothing in this Agreement grants the User a non-exclusive licence to copy the Traffic Dataset.')).toBe(false);
  });
  it('keeps a grant that a reservation in the next sentence limits', () => {
    expect(present(`${copyGrant} ${reservation}`)).toBe(true);
    expect(present(reservation)).toBe(false);
  });
  it('does not tell the licensee that the licence is missing', () => {
    const text = [
      'This Dataset Licence is made between the Northfield Network Institute (the "Institute") and Qingyun Data Technology Co., Ltd. (the "User").',
      `${copyGrant} ${reservation}`,
      'The Institute keeps all intellectual property rights in the Traffic Dataset and in the analysis software it supplies with it.',
    ].join('\n');
    const rules = ruleTopics(reviewAs(text, { scenario: 'technology-license', role: 'licensee' }).findings);
    expect(rules).not.toContain('missing/background-license');
    // The same deal with the grant struck out is still told the licence is missing.
    const struck = text.replace(`${copyGrant} `, '');
    expect(ruleTopics(reviewAs(struck, { scenario: 'technology-license', role: 'licensee' }).findings)).toContain('missing/background-license');
  });
});

describe('a licence stated as the right the licensee shall have', () => {
  const buildGrant =
    'The Licensee will have the right to compile the Software source code and to include the resulting binaries in the audio devices it sells.';
  it('reads the right to compile or include the software as a licence', () => {
    expect(present(buildGrant)).toBe(true);
    expect(present('The Distributor shall have the non-exclusive right to distribute the licensed programs in the Territory.')).toBe(true);
    // Near misses: a right that is not a dealing with the technology, and the same right denied.
    expect(present('The Licensee shall have the right to terminate this Agreement on thirty days notice.')).toBe(false);
    expect(present('The Licensee shall not have the right to distribute the Software source code to any third party.')).toBe(false);
  });
  it('does not tell the licensee of a source-code licence that the licence is missing', () => {
    const text = [
      'This source code licence agreement is made between Ostrava Sound s.r.o. (the "Provider") and Shenzhen Lingyin Audio Co., Ltd. (the "Licensee").',
      buildGrant,
      'At all times the Software remains the intellectual property of the Provider.',
    ].join('\n');
    const found = (t: string) => ruleTopics(reviewAs(t, { scenario: 'technology-license', role: 'licensee' }).findings);
    expect(found(text)).not.toContain('missing/background-license');
    expect(found(text.replace(buildGrant, 'The Licensee shall pay the Provider within thirty days of each invoice.'))).toContain('missing/background-license');
  });
});
