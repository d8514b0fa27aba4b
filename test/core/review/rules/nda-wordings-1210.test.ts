// NDA wordings read after the sixth NDA draw (docs/unseen-sample-nda-1210.md): each fires in contract
// language of our own for the side it hurts and stays quiet on the near miss.
import { noIndependentDevelopment } from '../../../../src/core/review/rules/confidentiality-scope';
import { missingTerms } from '../../../../src/core/review/rules/missing';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';
import { detectTopics, fromText, segment } from '../../../../src/core/review';
import type { TopicId } from '../../../../src/core/topics';

const present = (topic: TopicId, text: string) => detectTopics(segment(fromText(text)).sentences)[topic].present;

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

describe('use limits in other words', () => {
  it.each<[string, string]>([
    [
      "The Adviser will not, without the Company's prior written consent, disclose, use or otherwise make public the Company's confidential information.",
      "The Adviser will not, without the Company's prior written consent, disclose the Company's confidential information to any third party or use the Company's name in publicity.",
    ],
    [
      'All proprietary information the Adviser obtains from the Company shall be held in trust by the Adviser solely for the benefit of the Company.',
      'All proprietary information the Adviser obtains from the Company shall be held in a locked cabinet at the offices of the Company.',
    ],
  ])('reads a use limit in %s', (fires, nearMiss) => {
    expect(present('purpose-limitation', fires)).toBe(true);
    expect(present('purpose-limitation', nearMiss)).toBe(false);
  });
});

describe('no return duty asked for by a side that only receives', () => {
  const open =
    'This Development Agreement is made between Harwick Mobility Ltd, an English company ("Customer"), and Voltaic Systems Co., Ltd., a company incorporated in the People\'s Republic of China ("Developer").';
  const duty = 'Developer shall keep the Confidential Information in confidence and shall use it only to perform the Services.';
  const playbook = { required: [], recommended: [], missing: { 'return-or-destroy': { severity: 'medium' } } } as const;
  const raised = (definition: string) =>
    missingTerms(makeContext([open, definition, duty].join('\n'), { scenario: 'custom-development', role: 'developer', playbook })).map((f) => `${f.topic} ${f.severity}`);
  it('stays quiet where what is protected is only what the developer obtains from the customer', () => {
    expect(raised('"Confidential Information" means all documents, specifications, data and other materials obtained by Developer from Customer in the course of the Services.')).toEqual([]);
  });
  it('still asks where either party may disclose', () => {
    expect(raised('"Confidential Information" means all documents, specifications, data and other materials obtained by either party from the other party in the course of the Services.')).toEqual([
      'return-or-destroy medium',
    ]);
  });
});
