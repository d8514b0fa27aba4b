// A provider whose evaluator's feedback is its own, outright or to use freely, learns what the trial
// teaches: silence on who owns the evaluator's test notes is no gap for it. An evaluator, or a
// provider that gets no feedback, still has the point.
import { trialLessonsOurs } from '../../../../src/core/review/rules/trial-lessons';
import { makeContext } from './make-context';

const opening = 'This Pilot Agreement is made between Shenzhen Qiyun Robotics Co., Ltd. (the "Provider") and Halvorsen Logistics AS (the "Evaluator").';
const run = (terms: string[], role: 'provider' | 'evaluator') => trialLessonsOurs(makeContext([opening, ...terms].join('\n'), { scenario: 'sample-testing', role }));

describe('what the trial teaches reaches the provider', () => {
  const freeUse = 'The Evaluator may, but is not required to, give the Provider feedback on the Product, and the Provider may use all feedback freely without any restriction or obligation.';
  const assigned = 'The Evaluator hereby assigns to the Provider all right, title and interest in and to any feedback it gives on the Product.';

  it('settles test data for a provider that may use the feedback freely or owns it', () => {
    expect(run([freeUse], 'provider')).toBe(true);
    expect(run([assigned], 'provider')).toBe(true);
  });
  it('leaves the point for the evaluator', () => {
    expect(run([freeUse], 'evaluator')).toBe(false);
    expect(run([assigned], 'evaluator')).toBe(false);
  });
  it('leaves the point for a provider whose use of feedback is limited or not stated', () => {
    expect(run(['The Provider may use feedback from the Evaluator only to correct defects in the Product and shall keep it confidential.'], 'provider')).toBe(false);
    expect(run(['The Evaluator shall test the Product at its own site and keep the Product secure.'], 'provider')).toBe(false);
  });
  it('leaves the point where the evaluator, not the provider, may use feedback freely', () => {
    expect(run(['The Evaluator may use any feedback from its own staff freely without any restriction.'], 'provider')).toBe(false);
  });
});
