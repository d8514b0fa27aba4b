// Trade secrets protected while they stay secret, the rest of what we disclose for a fixed period: one
// year from disclosure frees our other technical information too soon, a medium point where we
// disclose; two years, or one counted from the end of the deal, a low one; three years is accepted.
import { fromText, review } from '../../../../src/core/review';

const nda = (period: string, extra = '') =>
  [
    'Mutual Non-Disclosure Agreement',
    'This Agreement is made between Qinlan Energy Co., Ltd. ("Discloser") and Harbourline Instruments Inc. ("Recipient").',
    'The Discloser will share its cell chemistry and process know-how with the Recipient to evaluate a supply relationship.',
    '1. Confidentiality. The Recipient shall hold the Confidential Information in confidence, shall not disclose it to any third party and shall use it only to evaluate the Proposed Transaction.',
    `2. Term. The obligations of Section 1 shall continue for ${period}, except that with respect to any Confidential Information that constitutes a trade secret under applicable law, such obligations shall continue for so long as such information remains a trade secret.`,
    extra,
  ].join('\n');
const points = (period: string, role: 'discloser' | 'recipient' = 'discloser', extra = '') =>
  review(fromText(nda(period, extra)), { scenario: 'pre-deal-disclosure', role })
    .findings.filter((f) => f.rule === 'one-sided.short-confidentiality')
    .map((f) => `${f.severity} ${f.message}`);

describe('a short confidentiality period beside trade secrets protected as long as they stay secret', () => {
  it('is a medium point for the discloser where the rest is protected one year from disclosure', () => {
    expect(points('one (1) year from the date of each disclosure')).toEqual(['medium Only trade secrets outlast a short confidentiality period']);
  });
  it('is a low point where the year runs from the end of the agreement, or the period is two years', () => {
    expect(points('one (1) year after the termination of this Agreement')).toEqual(['low Only trade secrets outlast a short confidentiality period']);
    expect(points('two (2) years from the date of each disclosure')).toEqual(['low Only trade secrets outlast a short confidentiality period']);
  });
  it('stays quiet at three years, and where we only receive', () => {
    expect(points('three (3) years from the date of each disclosure')).toEqual([]);
    expect(points('one (1) year from the date of each disclosure', 'recipient')).toEqual([]);
  });

  it('weighs a period in months on the same scale as one in years', () => {
    const medium = ['medium Only trade secrets outlast a short confidentiality period'];
    const low = ['low Only trade secrets outlast a short confidentiality period'];
    expect(points('twelve (12) months from the date of each disclosure')).toEqual(medium);
    expect(points('a period of 6 months following disclosure')).toEqual(medium);
    expect(points('eighteen (18) months from the date of each disclosure')).toEqual(low);
    expect(points('twenty-four (24) months after the termination of this Agreement')).toEqual(low);
    expect(points('twelve (12) months after the expiry of this Agreement')).toEqual(low);
  });
  it('accepts thirty-six months or more, and reads no deadline or notice in months as the length', () => {
    expect(points('thirty-six (36) months from the date of each disclosure')).toEqual([]);
    expect(points('48 months from the date of each disclosure')).toEqual([]);
    expect(points('twelve (12) months from the date of each disclosure', 'recipient')).toEqual([]);
    // The length is five years; the months are a deadline to return, and a notice to end the talks.
    expect(points('five (5) years, and the Recipient shall return all Confidential Information within one (1) month after termination, which either party may give on three (3) months\' notice')).toEqual([]);
  });
  it('reads months in another clause of a long sentence as that clause\'s, not the confidentiality period', () => {
    const offer =
      '3. Supply. Commencing on the Effective Date and continuing for twelve (12) months, the Discloser shall offer the Recipient a right of first refusal over any new cell line it develops for stationary storage, on terms no less favourable than those it offers any third party, and the Recipient shall treat each such offer as Confidential Information.';
    expect(points('three (3) years from the date of each disclosure', 'discloser', offer)).toEqual([]);
  });
});
