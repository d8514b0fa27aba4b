// A law chosen by saying the agreement binds under it: "These terms are legally binding under the
// laws of the Province of Ontario". A party organised under a law, or an agreement binding on its
// parties with no law named, chooses nothing.
import { detectTopics, fromText, segment } from '../../../src/core/review';

const present = (text: string) => detectTopics(segment(fromText(text)).sentences)['governing-law'].present;

describe('a law named as the one the agreement binds under', () => {
  it('reads "is legally binding under the laws of" as a choice of law', () => {
    expect(present('By accepting access to the archive, You agree that this Agreement is legally binding under the laws of the Province of Ontario, Canada.')).toBe(true);
    expect(present('These Terms shall be binding on the parties under the laws of Singapore.')).toBe(true);
  });
  it('stays quiet on a party status or an agreement binding with no law named', () => {
    expect(present('The Archive is a society organised under the laws of the Province of Ontario, Canada.')).toBe(false);
    expect(present('This Agreement is legally binding on each party and its permitted successors.')).toBe(false);
  });
});
