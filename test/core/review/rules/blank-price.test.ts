// A price or fee left to be determined is a medium drafting point (issue 12): a blank that decides
// money. A formula, a purpose, a schedule date, a redaction and an order form's blanks are not.
import { blankPrice } from '../../../../src/core/review/rules/blank-price';
import { makeContext } from './make-context';

const PARTIES = 'This Services Agreement is made between Tallis Analytics Inc. ("Provider") and Marrow Foods plc ("Customer").';
const found = (text: string[]) => blankPrice(makeContext([PARTIES, ...text].join('\n')));

describe('a price or fee left to be determined', () => {
  it('flags a fee left TBD, a royalty left as a placeholder and a price still to be agreed, in one medium point', () => {
    const [f, ...rest] = found([
      '1. Fees. For the integration services Customer shall pay Provider TBD, as the scope is still being analysed.',
      '2. Royalty. Customer shall pay a royalty of [●] per cent of the Net Sales of each Product.',
      '3. Support. The price of support in the second year is to be agreed.',
    ]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'drafting.blank-price', severity: 'medium', kind: 'drafting' });
    expect(f!.message).toBe('A price or fee left to be determined (3)');
  });

  it('is quiet on a blank for where invoices are sent, and still flags a fee left blank beside it', () => {
    expect(found(['4. Invoicing. Provider will send invoices for the Fees owed by Customer to: [___]'])).toEqual([]);
    expect(found(['4. Invoicing. Customer will pay Provider Fees of [___] per month, and Provider will send invoices to Customer\'s accounts team.'])).toHaveLength(1);
  });

  it('is quiet on a formula, a purpose, an open date with no money, a redaction and an order form in a schedule', () => {
    const text = [
      '1. Fees. The monthly fee is to be determined by multiplying the number of active users by the rate in Schedule 1.',
      '2. Records. Provider shall keep records in enough detail to enable the royalties payable under Section 1 to be determined.',
      '3. Visits. Maintenance visits take place twice a year, on dates TBD by the site manager.',
      '4. Discount. Customer receives a volume discount of [***] on each order.',
      'May 3, 2025 QUARTERLY ROYALTY REPORT FOR THE PERIOD OF ________ TO ________ TOTAL ROYALTIES DUE FOR THIS PERIOD $________',
      'SCHEDULE 1 FORM OF ORDER',
      'Order number: ______ Fee for this order: $________ Delivery date: ______',
    ];
    expect(found(text)).toEqual([]);
  });

  it('is quiet on a blank for a name after the recital of consideration, and still flags a blank for the consideration itself', () => {
    const recital =
      'In consideration of receiving Confidential Information and other good and valuable consideration, the receipt of which is acknowledged, ______________ (insert the legal name of the bidder) agrees as follows.';
    expect(found([recital])).toEqual([]);
    const sum = 'In consideration of the licence, Customer shall pay Provider a one-time consideration of $__________ on the Effective Date.';
    expect(found([sum]).map((f) => f.rule)).toEqual(['drafting.blank-price']);
  });
});

describe('a box left unticked beside a ticked option', () => {
  it('is quiet on the box beside the other option, and still flags a blank for the sum in the same form', () => {
    const box = '2.2 Service under this Agreement is firm or interruptible service as described in Transporter\'s X Rate Schedule FT _____ Rate Schedule IT.';
    expect(found([box])).toEqual([]);
    const sum = '2.3 Customer shall pay Provider a reservation charge of ______ US Dollars per month under the X Rate Schedule FT.';
    expect(found([box, sum]).map((f) => f.evidence.length)).toEqual([1]);
    const fee = '2.4 For each unit, Customer shall pay Provider a fee of _____ Rate Schedule FT applies to the remainder.';
    expect(found([fee]).map((f) => f.rule)).toEqual(['drafting.blank-price']);
  });
});

describe('a sum named and left open where it is named', () => {
  it('flags a revenue share or a commission "to be determined on a case by case basis" or "to be agreed"', () => {
    const [f] = found([
      '5. Upgrades. Provider may offer upgrade services to Customer\'s members, and Customer will then receive a revenue share to be determined on a case by case basis.',
      '6. Referrals. For each referral that becomes a customer, Customer receives a commission to be agreed between the parties.',
    ]);
    expect(f).toMatchObject({ rule: 'drafting.blank-price', severity: 'medium' });
    expect(f!.message).toBe('A price or fee left to be determined (2)');
  });

  it('is quiet on a share set by a formula or by someone named to fix it', () => {
    const text = [
      '5. Upgrades. Customer will receive a revenue share to be determined in accordance with Schedule 3.',
      '6. Referrals. Customer receives a commission to be determined by the independent auditor under Section 9.',
    ];
    expect(found(text)).toEqual([]);
  });
});
