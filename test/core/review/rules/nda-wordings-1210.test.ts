// NDA wordings read after the sixth NDA draw (docs/unseen-sample-nda-1210.md): each fires in contract
// language of our own for the side it hurts and stays quiet on the near miss.
import { noIndependentDevelopment } from '../../../../src/core/review/rules/confidentiality-scope';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

function rules(rule: Rule, text: string, scenario: ScenarioId, role: RoleId): string[] {
  return rule(makeContext(text, { scenario, role })).map((f) => `${f.rule} ${f.severity}`);
}

describe('no exceptions where the information is nothing the recipient could hold or develop', () => {
  const opening = 'This Non-Disclosure Agreement is made between Tessera Certification Board, Inc. ("the Board") and the candidate named below ("Candidate").';
  const duty = 'Candidate shall keep all Confidential Information in confidence and shall not disclose it to any person.';
  it('stays quiet on an examination candidate\'s promise to keep the questions secret', () => {
    const exam = '"Confidential Information" means the examination questions and answers, the candidate\'s notes made during the examination and any other examination materials of the Board.';
    expect(rules(noIndependentDevelopment, [opening, exam, duty].join('\n'), 'pre-deal-disclosure', 'recipient')).toEqual([]);
  });
  it('stays quiet on a vendor given the discloser\'s student records', () => {
    const records = 'The Vendor will be given access to confidential student records and transport routes of the District ("Confidential Information").';
    expect(rules(noIndependentDevelopment, [opening, records, duty].join('\n'), 'pre-deal-disclosure', 'recipient')).toEqual([]);
  });
  it('still fires where the information is technology the recipient could develop', () => {
    const tech = '"Confidential Information" means the test methods, test data, designs and source code of the Board disclosed to Candidate.';
    expect(rules(noIndependentDevelopment, [opening, tech, duty].join('\n'), 'pre-deal-disclosure', 'recipient')).toEqual(['one-sided.no-independent-development high']);
  });
});
