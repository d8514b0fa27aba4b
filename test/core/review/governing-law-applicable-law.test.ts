// A law chosen in the words "the applicable law shall be …" or "the proper law of this Agreement",
// as treaty forms and English drafts write it. A duty to obey whatever law applies chooses none.
import { detectTopics, fromText, segment } from '../../../src/core/review';

const present = (text: string) => detectTopics(segment(fromText(text)).sentences)['governing-law'].present;

describe('the applicable or proper law named', () => {
  it('reads "the applicable law shall be" and "the proper law of this Agreement" as a choice of law, and no duty to obey the law', () => {
    expect(present('ARTICLE 9 — APPLICABLE LAW\nThe applicable law shall be general principles of law, including the UNIDROIT Principles of International Commercial Contracts.')).toBe(true);
    expect(present('The proper law of this Agreement is the law of England and Wales.')).toBe(true);
    expect(present('The applicable law shall be United States federal law and the law of the State of Delaware.')).toBe(true);
    // Not a duty to comply with the law that applies, nor a change to it.
    expect(present('Each party shall comply with the applicable law when it ships the samples.')).toBe(false);
    expect(present('Where the applicable law shall be amended, the parties will meet to discuss the effect.')).toBe(false);
  });
});
