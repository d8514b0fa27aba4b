import { amountsTotal } from '../../../../src/core/review/rules/amounts-total';
import { amountsIn, percentsIn } from '../../../../src/core/review/rules/money';
import { makeContext } from './make-context';

const PARTIES = 'This Development Agreement is made between Qinlan Energy Co., Ltd. ("Developer") and Harbourline Power GmbH ("Customer").';

describe('reading sums of money', () => {
  it('reads symbols, codes, words and scales alike, and a figure repeated in brackets once', () => {
    const text = 'USD 1,200,000 and $1.2 million and 1,200,000 US dollars and US$ 400,000 (US$400,000) and EUR 2 million and 30%';
    expect(amountsIn(text).map((a) => `${a.currency} ${a.value}`)).toEqual(['USD 1200000', 'USD 1200000', 'USD 1200000', 'USD 400000', 'EUR 2000000']);
    expect(percentsIn('thirty percent (30%) and 12.5 per cent').map((a) => a.value)).toEqual([30, 12.5]);
  });
});

describe('sums that do not add up', () => {
  it('flags a fee whose instalments total less than the fee', () => {
    const text = [
      PARTIES,
      '4.1 Customer shall pay Developer a total fee of USD 1,200,000, payable as follows: USD 400,000 within 10 days after the Effective Date, USD 400,000 upon delivery of the Prototype and USD 300,000 upon Acceptance.',
    ].join('\n');
    const [f] = amountsTotal(makeContext(text));
    expect(f).toMatchObject({ rule: 'drafting.amounts-total', kind: 'drafting', severity: 'medium' });
    expect(f!.message).toBe('Sums that do not add up: $1,200,000 ≠ $1,100,000');
  });

  it('flags milestone percentages, one per paragraph, that do not make 100%', () => {
    const text = [
      PARTIES,
      '5. The Contract Price shall be paid in instalments as follows:',
      '(a) 30% of the Contract Price within 15 days after signature of this Agreement;',
      '(b) 40% of the Contract Price upon delivery of the Equipment; and',
      '(c) 20% of the Contract Price upon issue of the Acceptance Certificate.',
    ].join('\n');
    expect(amountsTotal(makeContext(text))[0]!.message).toBe('Sums that do not add up: 90% ≠ 100%');
  });

  it('flags a share worked out from the payments of a clause, against another total', () => {
    const text = [
      PARTIES,
      '3. FUNDING (a) To fund the joint programme the following payments will be made by Customer: 1. $750,000, payable by no later than June 20, 2021. 2. $1,150,000, payable by no later than July 30, 2021. 3. $500,000, payable to the UK subsidiary for research costs. (b) If Customer does not make the payments as stated in 3(a) by the dates stated, Customer retains a proportionate interest in the Programme Results equal to a fraction, the numerator of which is the amount actually paid and the denominator of which shall be $2,000,000.',
    ].join('\n');
    expect(amountsTotal(makeContext(text))[0]!.message).toBe('Sums that do not add up: $2,000,000 ≠ $2,400,000');
  });

  it('is quiet where the parts add up, a balance closes the list, or the shares are rates', () => {
    const adds = [PARTIES, 'Customer shall pay a total fee of $1.2 million, payable as follows: $400,000 on signing, $500,000 on delivery and $300,000 on acceptance.'];
    expect(amountsTotal(makeContext(adds.join('\n')))).toEqual([]);
    const balance = [PARTIES, 'The Price of EUR 900,000 shall be paid as follows: (a) EUR 300,000 on signing; (b) EUR 200,000 upon delivery; and (c) the balance upon acceptance.'];
    expect(amountsTotal(makeContext(balance.join('\n')))).toEqual([]);
    const percents = [PARTIES, 'The Price shall be paid as follows: (a) 30% on signing; (b) 60% upon delivery; and (c) 10% upon acceptance.'];
    expect(amountsTotal(makeContext(percents.join('\n')))).toEqual([]);
    const royalty = [PARTIES, 'Licensee shall pay royalties as follows: (a) 5% of Net Sales up to $10,000,000 in each year; and (b) 3% of Net Sales above that.'];
    expect(amountsTotal(makeContext(royalty.join('\n')))).toEqual([]);
    const cap = [
      PARTIES,
      'Customer shall pay a royalty until a total amount of $40,000,000 has been paid. 3. (a) The following payments will be made: 1. $750,000, payable by June 20, 2021. 2. $1,250,000, payable by July 30, 2021. (b) If Customer does not make the payments in 3(a), its share is a fraction whose denominator of which is $2,000,000.',
    ];
    expect(amountsTotal(makeContext(cap.join('\n')))).toEqual([]);
  });
});
