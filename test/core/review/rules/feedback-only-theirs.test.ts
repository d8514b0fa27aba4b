// We test the other side's product, and the draft gives them our feedback and nothing else of the
// trial: the data we make while testing stays with us, so silence on test data is a note for us as
// evaluator, not a medium gap. Where they get no feedback, the gap stays medium.
import { fromText, review } from '../../../../src/core/review';
import { library, playbooks } from './built-in-playbooks';

const trial = (feedback: string) =>
  [
    'EARLY ACCESS AGREEMENT',
    'This Agreement is made between Harbourline Systems Inc. ("Provider") and Qingtai Robotics Co., Ltd. ("Evaluator").',
    '1. Access. Provider grants Evaluator a non-exclusive right to use the pre-release vision module during the Term only to test it on Evaluator\'s own assembly lines.',
    '2. Confidentiality. Each party will keep the other party\'s Confidential Information in confidence and use it only for this Agreement.',
    feedback,
    '4. Term. This Agreement ends ninety days after the Effective Date.',
    '5. Governing Law. This Agreement is governed by the laws of Singapore, and the courts of Singapore have exclusive jurisdiction over any dispute arising from it.',
  ].join('\n');
const testData = (feedback: string) =>
  review(fromText(trial(feedback)), { scenario: 'sample-testing', role: 'evaluator', library, playbooks })
    .findings.filter((f) => f.rule === 'missing' && f.topic === 'test-data')
    .map((f) => f.severity);

describe('missing test data, for the evaluator', () => {
  it('is a note where the provider takes only our feedback', () => {
    expect(testData('3. Feedback. Provider owns all Feedback, and Evaluator hereby assigns to Provider all its right, title and interest in Feedback.')).toEqual(['low']);
  });
  it('stays medium where the draft gives the provider nothing of the trial', () => {
    expect(testData('3. Support. Provider will answer Evaluator\'s questions about the module by email within two business days.')).toEqual(['medium']);
  });
});
