// Standard terms whose purpose, duration, law and courts are labels filled on a cover page that the
// text does not hold get one low note saying so; where the text fills them in, or names one label
// only, nothing is said.
import { fromText, review } from '../../../../src/core/review';

const TERMS = [
  'Standard Terms',
  'These Standard Terms, together with the Cover Page signed by the parties, form the agreement between the parties.',
  'The Receiving Party shall use Confidential Information solely for the Purpose and shall not disclose it to any third party.',
  'The Receiving Party\'s obligations will survive for the Confidentiality Period, despite any expiration or termination of this agreement.',
  'This agreement is governed by the laws of the State of Governing Law, and any action must be brought in the courts located in Jurisdiction.',
];
const notes = (lines: string[]) =>
  review(fromText(lines.join('\n')), { scenario: 'pre-deal-disclosure', role: 'discloser' })
    .findings.filter((f) => f.rule === 'ambiguous.cover-values')
    .map((f) => `${f.severity} ${f.message}`);

describe('values set on a cover page that is not in the text', () => {
  it('are named once, low, where the standard terms come alone', () => {
    expect(notes(TERMS)).toEqual(['low Key values of these terms are set on a cover page that is not here: "Purpose", "Confidentiality Period", "Governing Law" and "Jurisdiction"']);
  });
  it('are no point where the cover page in the same text fills them in', () => {
    const cover = ['Purpose: evaluating a supply of battery cells.', 'Confidentiality Period: five years from the end of this agreement.', 'Governing Law: Singapore.', 'Jurisdiction: Singapore.'];
    expect(notes([...cover, ...TERMS])).toEqual([]);
  });
  it('are no point where only one label is left to the cover page', () => {
    expect(notes([TERMS[0]!, TERMS[1]!, TERMS[2]!])).toEqual([]);
  });
});
