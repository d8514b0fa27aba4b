// Which paragraphs a host asks Word's bold for (mayDefineInBold): a bracket that could hold a term
// counts, a list label, a number or a cross-reference in brackets does not, since most paragraphs of
// an agreement hold one and each would cost the host a read of the paragraph's words.
import { mayDefineInBold } from '../../../src/core/review/bold-definitions';

describe('mayDefineInBold', () => {
  it.each([
    'Quillon Systems Ltd, incorporated in Dublin (Quillon), and the Customer agree as follows.',
    'The study of sensor data the parties run together (the Programme) starts on 1 March.',
    'Programme means the study of sensor data the parties run together.',
    'The bank named by the Customer (hereinafter Paying Bank) receives each sum.',
  ])('counts a term that could be defined in bold: %s', (text) => {
    expect(mayDefineInBold(text)).toBe(true);
  });

  it.each([
    'The Supplier may end the order if the Customer fails to pay (A) any fee or (B) any cost.',
    'The exceptions (IV) and (3) apply to each party in the same way.',
    'The Customer pays the fees as set out below (Section 3) within 30 days of each invoice.',
    'Each party keeps the records listed (see Schedule 2) and the logs (Annex B) for three years.',
    'The service levels (Exhibits C and D) and the plan (Appendix 1) bind the Supplier (Article 5).',
    'Either party may end this agreement by notice (Clause 14.2) to the other party.',
  ])('does not count a label, number or cross-reference in brackets: %s', (text) => {
    expect(mayDefineInBold(text)).toBe(false);
  });
});
