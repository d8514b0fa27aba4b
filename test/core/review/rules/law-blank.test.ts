// A governing law or forum written as a blank to fill in is a medium point for either side; a law
// named, or proposed in brackets, is not a blank.
import { fromText, review } from '../../../../src/core/review';

const nda = (...terms: string[]) =>
  [
    'Mutual Non-Disclosure Agreement',
    'This Agreement is made between Qinlan Energy Co., Ltd. ("Qinlan") and Harbourline Instruments Inc. ("Harbourline").',
    'Each party shall keep the other party\'s Confidential Information confidential and use it solely to evaluate a supply relationship.',
    ...terms,
  ].join('\n');
const blanks = (role: 'discloser' | 'recipient', ...terms: string[]) =>
  review(fromText(nda(...terms)), { scenario: 'pre-deal-disclosure', role })
    .findings.filter((f) => f.rule === 'ambiguous.law-blank')
    .map((f) => `${f.severity} ${f.evidence.map((e) => e.text).join(' / ')}`);

describe('a governing law or forum left blank', () => {
  it('is raised for either side where the law is a run of underscores and the courts a template variable', () => {
    const terms = ['This Agreement is governed by the laws of the State of [__________].', 'Any action shall be brought in the state and federal courts located in {jurisdiction}.'];
    const expected = ['medium This Agreement is governed by the laws of the State of [__________]. / Any action shall be brought in the state and federal courts located in {jurisdiction}.'];
    expect(blanks('discloser', ...terms)).toEqual(expected);
    expect(blanks('recipient', ...terms)).toEqual(expected);
  });
  it('is raised for cover-page fields that ask for a place', () => {
    expect(blanks('discloser', 'Governing Law: [Fill in state]', 'Jurisdiction: [Fill in city or county and state]')).toEqual(['medium Governing Law: [Fill in state] / Jurisdiction: [Fill in city or county and state]']);
  });
  it('stays quiet where the law and courts are named, or a law is proposed in brackets', () => {
    expect(blanks('discloser', 'This Agreement is governed by the laws of the State of New York.', 'Any action shall be brought in the courts of Singapore.')).toEqual([]);
    expect(blanks('discloser', 'This Agreement is governed by the laws of [England and Wales].')).toEqual([]);
  });
});
