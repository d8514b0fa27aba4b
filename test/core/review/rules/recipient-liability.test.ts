// An NDA where we receive that makes us "fully liable for all damages" from a breach, with nothing
// limiting it: the same point as an uncapped indemnity, in words of liability. Quiet where the duty
// binds the discloser or each party alike, where a cap or exclusion reaches us, and on a plain
// "liable for damages" that only restates the law of breach.
import { recipientIndemnity } from '../../../../src/core/review/rules/recipient-indemnity';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING =
  'This Non-Disclosure Agreement is made between Talvik Robotics Oy, a company organised under the laws of Finland (the "Disclosing Party"), and Ningbo Haixin Sensors Co., Ltd., a company incorporated in the People\'s Republic of China (the "Receiving Party").';
const DUTY = 'The Receiving Party shall keep the Confidential Information strictly confidential and shall use it only to assess the proposed supply arrangement.';
const nda = (...lines: string[]) => [OPENING, DUTY, ...lines].join('\n');
const run = (text: string, role: RoleId = 'recipient') => recipientIndemnity(makeContext(text, { scenario: 'pre-deal-disclosure', role })).map((f) => `${f.rule} ${f.severity}`);
const raised = ['one-sided.recipient-indemnity medium'];

describe('liability for every loss a breach causes, binding the receiving side', () => {
  const fully = 'The Receiving Party shall be fully liable for all damages resulting from any breach of its obligations under this Agreement.';
  const anyAndAll = 'The Receiving Party will be liable to the Disclosing Party for any and all losses, costs and expenses arising out of a breach of this Agreement.';
  const allDamages = 'The Receiving Party shall indemnify the Disclosing Party for all damages it suffers through the use of its information in a way this Agreement does not permit.';

  it('fires for the recipient, however the promise is worded', () => {
    for (const t of [fully, anyAndAll, allDamages]) expect(run(nda(t))).toEqual(raised);
  });
  it('stays quiet for the discloser it favours', () => {
    for (const t of [fully, anyAndAll]) expect(run(nda(t), 'discloser')).toEqual([]);
  });
  it('stays quiet where the duty binds the discloser, or each party alike', () => {
    expect(run(nda('The Disclosing Party shall be fully liable for all damages resulting from any inaccuracy in the information it supplies in breach of this Agreement.'))).toEqual([]);
    expect(run(nda('Each Party shall be fully liable for all damages resulting from its breach of this Agreement.'))).toEqual([]);
  });
  it('stays quiet where a cap or an exclusion elsewhere reaches the recipient', () => {
    expect(run(nda(fully, 'The total liability of either party under this Agreement shall not exceed EUR 20,000.'))).toEqual([]);
    expect(run(nda(fully, 'In no event shall either party be liable for any indirect or consequential loss, including loss of profits.'))).toEqual([]);
  });
  it('stays quiet on plain liability for a breach, and on answering for its representatives', () => {
    expect(run(nda('The Receiving Party shall be liable for damages caused by its breach of this Agreement.'))).toEqual([]);
    expect(run(nda('The Receiving Party shall be fully responsible for any breach of this Agreement by its Representatives.'))).toEqual([]);
  });
});
