// Trade secrets protected while they stay secret, the rest of what we disclose for a fixed period: one
// year from disclosure frees our other technical information too soon, a medium point where we
// disclose; two years, or one counted from the end of the deal, a low one; three years is accepted.
import { fromText, review } from '../../../../src/core/review';

const nda = (period: string) =>
  [
    'Mutual Non-Disclosure Agreement',
    'This Agreement is made between Qinlan Energy Co., Ltd. ("Discloser") and Harbourline Instruments Inc. ("Recipient").',
    'The Discloser will share its cell chemistry and process know-how with the Recipient to evaluate a supply relationship.',
    '1. Confidentiality. The Recipient shall hold the Confidential Information in confidence, shall not disclose it to any third party and shall use it only to evaluate the Proposed Transaction.',
    `2. Term. The obligations of Section 1 shall continue for ${period}, except that with respect to any Confidential Information that constitutes a trade secret under applicable law, such obligations shall continue for so long as such information remains a trade secret.`,
  ].join('\n');
const points = (period: string, role: 'discloser' | 'recipient' = 'discloser') =>
  review(fromText(nda(period)), { scenario: 'pre-deal-disclosure', role })
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
});
