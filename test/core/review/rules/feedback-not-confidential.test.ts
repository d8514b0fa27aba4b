// Our feedback declared not our confidential information: medium for an evaluator or design partner
// whose engineers' comments carry its own designs. Quiet where it is the other side's feedback, and
// where our confidential information in feedback stays protected.
import { feedbackNotConfidential } from '../../../../src/core/review/rules/feedback-not-confidential';
import { makeContext } from './make-context';

const opening = 'This Design Partner Agreement is made between Corvel Data Systems, Inc. (the "Provider") and Wuxi Jingrui Semiconductor Co., Ltd. (the "Evaluator").';
const run = (terms: string[], role: 'provider' | 'evaluator') =>
  feedbackNotConfidential(makeContext([opening, ...terms].join('\n'), { scenario: 'sample-testing', role })).map((f) => `${f.rule} ${f.severity}`);

describe('our feedback declared not confidential', () => {
  it('is raised for the evaluator whose feedback it is', () => {
    expect(run(['The Provider owns all Feedback. Feedback does not constitute the Evaluator\'s Confidential Information.'], 'evaluator')).toEqual(['one-sided.feedback-not-confidential medium']);
  });
  it('is raised where feedback is deemed non-confidential without naming whose it is', () => {
    expect(run(['Any feedback the Evaluator provides shall be deemed non-confidential.'], 'evaluator')).toEqual(['one-sided.feedback-not-confidential medium']);
  });
  it('stays quiet for the provider, who receives the feedback', () => {
    expect(run(['Feedback does not constitute the Evaluator\'s Confidential Information.'], 'provider')).toEqual([]);
  });
  it('stays quiet where it is the other side\'s feedback that is declared free', () => {
    expect(run(['Feedback given by the Provider on the Evaluator\'s test plans does not constitute the Provider\'s Confidential Information.'], 'evaluator')).toEqual([]);
  });
  it('stays quiet where our confidential information in feedback stays protected', () => {
    expect(run(['Any of the Evaluator\'s Confidential Information contained in Feedback remains subject to Section 6 (Confidentiality).'], 'evaluator')).toEqual([]);
  });
});
