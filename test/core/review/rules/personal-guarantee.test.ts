// A personal guarantee of our company's obligations by the person who signs: raised for the side
// whose signatory gives it, quiet for the side that enjoys it and where the draft excludes personal
// liability.
import { personalGuarantee } from '../../../../src/core/review/rules/personal-guarantee';
import { makeContext } from './make-context';

const nda = 'This Confidentiality Agreement is made between Harbourline Holdings Ltd (the "Disclosing Party") and Qinlan Capital Co., Ltd. (the "Receiving Party").';
const run = (terms: string[], role: 'discloser' | 'recipient') =>
  personalGuarantee(makeContext([nda, ...terms].join('\n'), { scenario: 'pre-deal-disclosure', role })).map((f) => `${f.rule} ${f.severity}`);
const raised = ['one-sided.personal-guarantee medium'];

describe('a personal guarantee by the signatory', () => {
  const generic =
    'Where a party is a corporation, the officer who executes this Agreement for it personally guarantees the due performance of that corporation\'s obligations under this Agreement.';
  const named = 'The individual signing on behalf of the Receiving Party personally guarantees the performance of the Receiving Party\'s obligations under this Agreement.';

  it('fires for the recipient whose signatory guarantees its duties', () => {
    expect(run([generic], 'recipient')).toEqual(raised);
    expect(run([named], 'recipient')).toEqual(raised);
  });
  it('stays quiet for the discloser, who enjoys the guarantee', () => {
    expect(run([generic], 'discloser')).toEqual([]);
    expect(run([named], 'discloser')).toEqual([]);
  });
  it('stays quiet where the draft excludes personal liability', () => {
    // Near miss: the same words, denied.
    expect(run(['No director or officer of the Receiving Party shall be personally liable for any obligation of the Receiving Party under this Agreement.'], 'recipient')).toEqual([]);
    expect(run(['The Receiving Party\'s obligations are those of the company alone, without personal liability of any individual who signs for it.'], 'recipient')).toEqual([]);
  });
});
