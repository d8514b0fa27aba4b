// One reading of terms accepted by use, shared by the rules that weigh a click-through licence
// (missing law or cap, one-way exclusion, a licence that does not reach our group).
import type { Sentence } from '../../../../src/core/review/context';
import { acceptedByUse } from '../../../../src/core/review/rules/public-offer';

const sentences = (...texts: string[]): Sentence[] => texts.map((text, paragraph) => ({ paragraph, start: 0, end: text.length, text }));

describe('terms accepted by use', () => {
  it('reads the reader or user accepting by an act', () => {
    expect(acceptedByUse(sentences('By using the toolkit you agree to these terms.'))).toBe(true);
    expect(acceptedByUse(sentences('By installing the Toolkit, you ("Licensee") agree to be bound by these terms.'))).toBe(true);
    expect(acceptedByUse(sentences('By downloading the Toolkit, you and the company you represent are agreeing to these terms.'))).toBe(true);
    expect(acceptedByUse(sentences('By clicking "I accept" below, users consent to these terms.'))).toBe(true);
    expect(acceptedByUse(sentences("The Licensee's acceptance of this licence is given by the first use of the Software."))).toBe(true);
  });

  it('reads an opening hard-wrapped across two lines', () => {
    expect(acceptedByUse(sentences('BY INSTALLING THE TOOLKIT, YOU AND THE BUSINESS ON WHOSE', 'BEHALF YOU ACT ("LICENSEE") ARE AGREEING TO BE BOUND BY THESE TERMS.'))).toBe(true);
  });

  it('stays quiet on a duty a negotiated party takes on by an act, and across a full stop', () => {
    expect(acceptedByUse(sentences('By accessing the Evaluation Material, the Recipient agrees to keep it secret.'))).toBe(false);
    expect(acceptedByUse(sentences('The Recipient shall not copy the data by downloading it.', 'You agree to return the samples.'))).toBe(false);
  });
});
