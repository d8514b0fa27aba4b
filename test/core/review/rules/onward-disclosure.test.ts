// The other side may pass our information on with nothing binding the recipient: to its funders, or
// under a freedom-of-information law it applies without consulting us. Raised for the discloser,
// quiet where the recipient is bound or consulted, and for the side that receives.
import { onwardDisclosure } from '../../../../src/core/review/rules/onward-disclosure';
import { makeContext } from './make-context';

const nda = 'This Non-Disclosure Agreement is made between Qinlan Energy Co., Ltd. (the "Disclosing Party") and Harbourline Development Bank (the "Receiving Party").';
const run = (terms: string[], role: 'discloser' | 'recipient') =>
  onwardDisclosure(makeContext([nda, ...terms].join('\n'), { scenario: 'pre-deal-disclosure', role })).map((f) => `${f.rule} ${f.severity} ${f.message}`);
const funders = 'one-sided.onward-disclosure medium The other side may pass your information to its banks or investors, who owe you no confidence';
const foi = 'one-sided.onward-disclosure medium The other side may release your information under freedom-of-information law without consulting you';

describe('onward disclosure of our information', () => {
  const toBanks = 'The Receiving Party may disclose the Confidential Information to its banks, financiers and professional advisers in connection with the Project.';
  const publicBody =
    'The Receiving Party is a public body and may release any information it holds, Confidential Information included, where it decides that the Freedom of Information Act 2000 requires it to do so, without consulting the Disclosing Party.';

  it('fires for the discloser where the recipient may pass it to its funders with no duty of confidence on them', () => {
    expect(run([toBanks], 'discloser')).toEqual([funders]);
  });
  it('fires for the discloser where the recipient applies freedom-of-information law without consulting it', () => {
    expect(run([publicBody], 'discloser')).toEqual([foi]);
  });
  it('stays quiet where the funders are bound or the discloser is consulted', () => {
    expect(
      run(['The Receiving Party may disclose the Confidential Information to its banks and financiers, provided that they are bound by obligations of confidentiality no less protective than this Agreement.'], 'discloser'),
    ).toEqual([]);
    expect(run([toBanks, 'The Receiving Party shall be responsible for any breach of this Agreement by any person to whom it discloses Confidential Information.'], 'discloser')).toEqual([]);
    expect(
      run(['Where the Receiving Party receives a request under the Freedom of Information Act 2000, it shall consult the Disclosing Party before deciding whether any exemption applies.'], 'discloser'),
    ).toEqual([]);
  });
  it('stays quiet for the recipient, and on banks named only in a business-day definition', () => {
    expect(run([toBanks, publicBody], 'recipient')).toEqual([]);
    // Near miss: banks appear, but no one discloses anything to them.
    expect(run(['"Business Day" means a day on which banks are open for business in London.'], 'discloser')).toEqual([]);
    // Near miss: the fact of the deal, not the information, goes to investors.
    expect(run(['The Receiving Party may disclose that the Disclosing Party is its supplier to potential investors, partners and customers.'], 'discloser')).toEqual([]);
  });
  it('weighs a right both sides hold as low', () => {
    const mutual = run(['Either party may disclose the Confidential Information to its lenders and prospective investors.'], 'discloser');
    expect(mutual.map((m) => m.split(' ')[1])).toEqual(['low']);
  });
});
