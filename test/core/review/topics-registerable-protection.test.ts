// Who files for patents, said without the word: "sole discretion, at its expense, to seek registerable
// protection for its Foreground Intellectual Property" is a prosecution term.
import { detectTopics, fromText, segment } from '../../../src/core/review';
import { reviewAs, ruleTopics } from '../../support/review-as-side';

const present = (text: string) => detectTopics(segment(fromText(text)).sentences)['patent-prosecution'].present;
const seek = 'The Party that owns a Project Invention shall have sole discretion, at its own cost, to seek registrable protection for that Project Invention.';

describe('registrable protection sought by its owner', () => {
  it('reads it as a prosecution term', () => {
    expect(present(seek)).toBe(true);
    expect(present('Each Party may apply for registerable rights in the Foreground it creates, at its own expense.')).toBe(true);
  });
  it('does not read registrations of other kinds as one', () => {
    expect(present('The Distributor shall obtain all registrations required to import the Products into the Territory.')).toBe(false);
    expect(present('The Distributor shall not seek registration of the Supplier\'s trade names in its own name.')).toBe(false);
  });
  it('does not tell a co-developer that nobody files for patents', () => {
    const text = [
      'This Technology Development Agreement is made between Brightwater Thermal Inc. ("Brightwater") and Hangzhou Rongneng Energy Co., Ltd. ("Rongneng").',
      'The parties shall jointly develop a molten-salt storage module under the Statement of Work.',
      'All Foreground Intellectual Property created in performing the Work shall be owned by the Party whose employees created it.',
      seek,
    ].join('\n');
    const found = (t: string) => ruleTopics(reviewAs(t, { scenario: 'joint-development', role: 'co-developer' }).findings);
    expect(found(text)).not.toContain('missing/patent-prosecution');
    expect(found(text.replace(seek, 'Each Party shall bear its own costs of the Work.'))).toContain('missing/patent-prosecution');
  });
});
