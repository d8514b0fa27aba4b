// A short agreement numbers its paragraphs without headings. A reference that names money ("the fee
// set out in Paragraph 2") where that paragraph states no sum and exactly one other does points at
// the wrong paragraph; where the cited one states the sum, or two others do, it is left to the reader.
import { crossReferences } from '../../../../src/core/review/rules/cross-references';
import { makeContext } from './make-context';

const letter = (withhold: string, extra = 'The Consultant shall keep all information received from the Company confidential during and after the engagement.') =>
  [
    'Dear Ms. Okafor,',
    'This letter sets out the terms on which you will advise Qiming Robotics Co., Ltd. (the "Company") on battery testing.',
    '1. The Consultant shall provide the advisory services described in the Schedule (the "Services").',
    '2. The Services start on 1 March 2025 and end on 31 August 2025 unless ended earlier under Paragraph 6.',
    '3. The Company shall pay the Consultant a fee of USD 12,000 for the Services, in three equal monthly instalments.',
    `4. ${extra}`,
    `5. ${withhold}`,
    '6. Either party may end this engagement on fourteen days written notice to the other.',
    '7. This letter is governed by the laws of England.',
  ].join('\n');
const messages = (text: string) => crossReferences(makeContext(text)).map((f) => f.message);

describe('a reference that names money', () => {
  it('is pointed at the one paragraph that states the sum, where the cited one states none', () => {
    expect(messages(letter('The Company may withhold the fee set out in Paragraph 2 until the Company accepts the final report.'))).toEqual([
      'References that point to the wrong section: Paragraph 2 for "fee" (that is 3)',
    ]);
  });

  it('is left alone where the cited paragraph states the sum', () => {
    expect(messages(letter('The Company may withhold the fee set out in Paragraph 3 until the Company accepts the final report.'))).toEqual([]);
  });

  it('is left alone where two paragraphs state sums, or the reference names no money', () => {
    const cap = 'The Consultant\'s total liability under this letter shall not exceed USD 50,000.';
    expect(messages(letter('The Company may withhold the fee set out in Paragraph 2 until the Company accepts the final report.', cap))).toEqual([]);
    expect(messages(letter('The Company may extend the period set out in Paragraph 2 by written notice.'))).toEqual([]);
  });
});
