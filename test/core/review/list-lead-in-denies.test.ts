import { buildContext, fromText } from '../../../src/core/review';

const noLicence = (text: string) => buildContext(fromText(text), { scenario: 'pre-deal-disclosure', role: 'discloser' }).ctx.topics['no-implied-license']?.present === true;

describe('a no-licence clause whose denial sits in the lead-in of a list', () => {
  it('reads the item that grants with the lead-in that denies it', () => {
    const clause = ['7.1 Neither this Agreement nor any disclosure under it in any way:', '', '(a) gives either party any right or licence in the other party’s patents or know-how;', '', '(b) obliges either party to enter into any further agreement.'].join('\n');
    expect(noLicence(clause)).toBe(true);
  });

  it('reads through markup with no words between the lead-in and its items', () => {
    expect(noLicence('Nothing in this Agreement shall be construed as:\n\n<!-- -->\n\na. granting any licence under the Discloser’s intellectual property.')).toBe(true);
  });

  it('leaves a lead-in that grants, and an item under another paragraph', () => {
    expect(noLicence('The Discloser hereby:\n\n(a) grants the Recipient a licence to use the Information for the Purpose.')).toBe(false);
    expect(noLicence('Nothing in this Agreement obliges either party to buy:\n\nThe Recipient shall keep the Information secret.\n\n(a) grants the Recipient a right to test the Samples.')).toBe(false);
  });
});
