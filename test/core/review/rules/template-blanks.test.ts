// A template's field left unset in the body (issue 12, a drafting draw's miss): a survival period and
// a governing law written as a variable's name in brackets ("[SurvivalTerm]", "[Law.State]") are
// blanks, raised as the ones written "____" are; a law proposed in brackets ("[Delaware]") is not.
import { fromText, review } from '../../../../src/core/review';

const form = (...terms: string[]) =>
  [
    'Data Use Agreement',
    'This Agreement is made between Lumen Cohort Research Ltd. ("Provider") and Eastgate University ("Recipient").',
    'Recipient shall keep the Data confidential and use it only for the research plan in Attachment A.',
    ...terms,
  ].join('\n');
const raised = (rule: string, ...terms: string[]) =>
  review(fromText(form(...terms)), { scenario: 'sample-testing', role: 'provider' })
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.severity} ${f.topic}`);

describe('a template field left unset in the body', () => {
  it('is a blank survival period where the period is a field\'s name, and no blank where a period is written', () => {
    const survive = (period: string) => `Recipient's duties of confidentiality survive for a period of ${period} following the end of this Agreement.`;
    expect(raised('ambiguous.blank-period', survive('[SurvivalTerm]'))).toEqual(['medium survival']);
    expect(raised('ambiguous.blank-period', survive('[Survival.Years]'))).toEqual(['medium survival']);
    expect(raised('ambiguous.blank-period', survive('five years'))).toEqual([]);
    // A redaction or a proposal in brackets is not a field's name.
    expect(raised('ambiguous.blank-period', survive('[Redacted]'))).toEqual([]);
  });

  it('is a blank governing law where the law is a field\'s name, and none where a place is proposed in brackets', () => {
    expect(raised('ambiguous.law-blank', 'This Agreement is governed by the laws of [Law.State], without regard to conflict of laws rules.')).toEqual(['medium governing-law']);
    expect(raised('ambiguous.law-blank', 'This Agreement is governed by the laws of [GoverningLaw].')).toEqual(['medium governing-law']);
    expect(raised('ambiguous.law-blank', 'This Agreement is governed by the laws of [Delaware].')).toEqual([]);
  });
});

describe('a period named by its purpose, its length left blank', () => {
  const review6 = (period: string) => `6.2 Before any article on the Results is submitted for publication, Provider has a ${period} period to review the manuscript for its Confidential Information.`;
  it('is a blank publication review period where the length is a field\'s name or a blank', () => {
    expect(raised('ambiguous.blank-period', review6('[ManuscriptReviewDays]'))).toEqual(['medium publication']);
    expect(raised('ambiguous.blank-period', review6('[●]'))).toEqual(['medium publication']);
  });

  it('is quiet where the length is written', () => {
    expect(raised('ambiguous.blank-period', review6('sixty-day'))).toEqual([]);
    expect(raised('ambiguous.blank-period', review6('[Redacted]'))).toEqual([]);
  });
});

describe('a cross-reference left blank', () => {
  it('is a low drafting point where a section number is a field\'s name, a bullet or a line', () => {
    const f = review(fromText(form('11.3 Continuing terms. Section [11.Xref] and the confidentiality duties continue after this Agreement ends.', 'Any dispute goes first to the steering committee under Clause [●].')), {
      scenario: 'sample-testing',
      role: 'provider',
    }).findings.filter((x) => x.rule === 'drafting.blank-reference');
    expect(f.map((x) => [x.severity, x.kind, x.message])).toEqual([['low', 'drafting', 'A cross-reference left blank (2)']]);
  });

  it('is quiet on a numbered reference and on a redaction', () => {
    expect(raised('drafting.blank-reference', 'Section 11.2 and the confidentiality duties continue after this Agreement ends.')).toEqual([]);
    expect(raised('drafting.blank-reference', 'The fee under Section [***] is payable within thirty days of invoice.')).toEqual([]);
  });
});
