import { manuscriptChange } from '../../../../src/core/review/rules/manuscript-change';
import { makeContext } from './make-context';

describe('handwritten changes typed into a clause', () => {
  it('flags initials and a date written into a deadline', () => {
    const text = 'Each Party shall use its reasonable endeavours to sign the Supply Agreement within 2 WEEKS JK 14/6/2011 of the Commencement Date.';
    const [f] = manuscriptChange(makeContext(text));
    expect(f).toMatchObject({ rule: 'drafting.manuscript-change', kind: 'drafting', severity: 'low' });
    expect(f!.message).toBe('Handwritten changes with initials and a date left in the text (1)');
    expect(f!.evidence[0]!.text).toContain('2 WEEKS JK 14/6/2011');
  });

  it('is quiet on fiscal year ends, time zones and a table of dates', () => {
    const text = [
      'The ledger statement for FYE 4/30/20 is prepared by the Marketer within thirty days after the end of the fiscal year.',
      'Orders received before 5:00 p.m. EST 12/31/2020 are shipped in the current quarter at the prices then in force.',
      'MILESTONE DATES: PHASE 1 AB 1/3/2021 PHASE 2 CD 1/6/2021',
    ].join('\n');
    expect(manuscriptChange(makeContext(text))).toEqual([]);
  });
});
