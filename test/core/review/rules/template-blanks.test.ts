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
