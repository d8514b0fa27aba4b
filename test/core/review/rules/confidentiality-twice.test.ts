import { confidentialityTwice } from '../../../../src/core/review/rules/confidentiality-twice';
import { makeContext } from './make-context';

const FIRST =
  '3. The Recipient shall protect Confidential Information from disclosure using the same degree of care it uses to protect its own confidential information, and may disclose it to its Affiliates, employees and agents who need to know it.';
const SECOND =
  '9. Each party shall protect Confidential Information received from the other with at least the same level of care it uses to protect its own confidential information, and will (a) make it available only to its employees who need to know it; and (b) not disclose it to any third person, except that it may be disclosed on the demand of a government authority.';

describe('the duty to protect confidential information set twice', () => {
  it('flags two clauses that each set the care standard, quoting the second to its exception', () => {
    const [f] = confidentialityTwice(makeContext(['"Confidential Information" means information marked as confidential.', FIRST, '4. This Agreement is governed by German law.', SECOND].join('\n')));
    expect(f).toMatchObject({ rule: 'ambiguous.confidentiality-twice', kind: 'ambiguous', severity: 'low', topic: 'confidentiality' });
    expect(f!.evidence).toHaveLength(2);
    expect(f!.evidence[1]!.text).toContain('on the demand of a government authority');
  });

  it('is quiet on one clause that states the standard and returns to it in its next sentence', () => {
    const one = `${FIRST} The Recipient shall apply that same degree of care to copies it makes of its own records and the Confidential Information.`;
    expect(confidentialityTwice(makeContext(['"Confidential Information" means information marked as confidential.', one].join('\n')))).toEqual([]);
  });
});
