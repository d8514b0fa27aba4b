// Confidentiality that lasts only while the other side works for us: it ends the day the engagement does.
// Near misses: the duty outlasts the engagement, or survives its end.
import { shortConfidentiality } from '../../../../src/core/review/rules/confidentiality-scope';
import { makeContext } from './make-context';

const opening = [
  'This Consulting Agreement is made between Shanghai Lanwei Technology Co., Ltd. (the "Company") and Daniel Ortega (the "Consultant").',
  '1. The Consultant shall advise the Company on investor relations and prepare its investor presentations.',
  '2. The Consultant will have access to confidential information of the Company, including its financial results and business plans ("Confidential Information").',
];
const messages = (...clauses: string[]) =>
  shortConfidentiality(makeContext([...opening, ...clauses].join('\n'), { scenario: 'custom-development', role: 'customer' })).map((f) => f.message);

describe('confidentiality bounded by the engagement', () => {
  it('is raised where the duty lasts only while the consultant works for us', () => {
    expect(messages('3. As long as he works for the Company, the Consultant will keep the Confidential Information in strict confidence and will not disclose it to any third party.')).toEqual([
      'Confidentiality ends when the engagement ends',
    ]);
    expect(messages('3. During the term of his engagement the Consultant shall hold all Confidential Information in confidence.')).toEqual([
      'Confidentiality ends when the engagement ends',
    ]);
  });
  it('stays quiet where the duty outlasts the engagement', () => {
    expect(
      messages('3. As long as he works for the Company and at any time after his engagement ends, the Consultant will keep the Confidential Information in strict confidence.'),
    ).toEqual([]);
    expect(
      messages(
        '3. As long as he works for the Company, the Consultant will keep the Confidential Information in strict confidence.',
        '4. The Consultant\'s duties of confidentiality survive the termination of this Agreement.',
      ),
    ).toEqual([]);
    expect(
      messages(
        '3. As long as he works for the Company, the Consultant will keep the Confidential Information in strict confidence.',
        '9. Sections 3, 5 and 7 survive the termination or expiry of this Agreement.',
      ),
    ).toEqual([]);
  });
});
