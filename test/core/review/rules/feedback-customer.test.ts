// Feedback a customer gives about the product it buys is a low ask for a licensee or services
// customer; for an evaluator, whose feedback is what the trial produces, it stays a medium point. Where
// the feedback is assigned to the other side, that assignment is the one point, not two.
import { reviewAs } from '../../../support/review-as-side';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';

const points = (scenario: ScenarioId, role: RoleId, opening: string, lines: string[]) =>
  reviewAs([opening, ...lines].join('\n'), { scenario, role })
    .findings.filter((f) => f.topic === 'feedback' && f.kind === 'one-sided')
    .map((f) => `${f.rule} ${f.severity}`);

const licence = 'This Subscription Agreement is made between Velmont Software Inc. (the "Licensor") and Xiamen Haicang Instruments Co., Ltd. (the "Licensee").';
const trial = 'This Evaluation Agreement is made between Velmont Software Inc. (the "Provider") and Xiamen Haicang Instruments Co., Ltd. (the "Evaluator").';
const free = (who: string) => `${who} may, but is not required to, give feedback on the Software, and the ${who === 'The Licensee' ? 'Licensor' : 'Provider'} may use all feedback freely without any restriction or obligation.`;

describe('free use of feedback, by side and deal', () => {
  it('is a low point for a licensee giving feedback on the product it licenses', () => {
    expect(points('technology-license', 'licensee', licence, [free('The Licensee')])).toEqual(['one-sided.free-feedback low']);
  });
  it('stays medium for an evaluator, and is no point for the provider that receives it', () => {
    expect(points('sample-testing', 'evaluator', trial, [free('The Evaluator')])).toEqual(['one-sided.free-feedback medium']);
    expect(points('sample-testing', 'provider', trial, [free('The Evaluator')])).toEqual([]);
  });
  it('is one point, the assignment, where the feedback is assigned to them as well', () => {
    const assigned = 'The Evaluator hereby assigns to the Provider all right, title and interest in and to all feedback.';
    expect(points('sample-testing', 'evaluator', trial, [free('The Evaluator'), assigned])).toEqual(['one-sided.assignment medium']);
  });
});
