// We test the other side's product, and the draft gives them our feedback and nothing else of the
// trial: the data we make while testing stays with us, so silence on test data is a note for us as
// evaluator, not a medium gap. Where they get no feedback, the gap stays medium. Both only where the
// draft reaches our results at all (here: their confidential information takes in information about
// the module); where it does not, silence leaves the results with us and nothing is raised.
import { reviewAs } from '../../../support/review-as-side';

const REACHES = '2A. Provider\'s Confidential Information includes all non-public information about the module.';
const trial = (feedback: string, reaches = true) =>
  [
    'EARLY ACCESS AGREEMENT',
    'This Agreement is made between Harbourline Systems Inc. ("Provider") and Qingtai Robotics Co., Ltd. ("Evaluator").',
    '1. Access. Provider grants Evaluator a non-exclusive right to use the pre-release vision module during the Term only to test it on Evaluator\'s own assembly lines.',
    '2. Confidentiality. Each party will keep the other party\'s Confidential Information in confidence and use it only for this Agreement.',
    ...(reaches ? [REACHES] : []),
    feedback,
    '4. Term. This Agreement ends ninety days after the Effective Date.',
    '5. Governing Law. This Agreement is governed by the laws of Singapore, and the courts of Singapore have exclusive jurisdiction over any dispute arising from it.',
  ].join('\n');
const testData = (feedback: string, reaches = true) =>
  reviewAs(trial(feedback, reaches), { scenario: 'sample-testing', role: 'evaluator' })
    .findings.filter((f) => f.rule === 'missing' && f.topic === 'test-data')
    .map((f) => f.severity);

describe('missing test data, for the evaluator', () => {
  it('is a note where the provider takes only our feedback', () => {
    expect(testData('3. Feedback. Provider owns all Feedback, and Evaluator hereby assigns to Provider all its right, title and interest in Feedback.')).toEqual(['low']);
  });
  it('stays medium where the draft gives the provider nothing of the trial', () => {
    expect(testData('3. Support. Provider will answer Evaluator\'s questions about the module by email within two business days.')).toEqual(['medium']);
  });
  it('is no point where the draft claims nothing of what we make', () => {
    expect(testData('3. Support. Provider will answer Evaluator\'s questions about the module by email within two business days.', false)).toEqual([]);
    expect(testData('3. Feedback. Provider owns all Feedback, and Evaluator hereby assigns to Provider all its right, title and interest in Feedback.', false)).toEqual([]);
  });
});
