// The feedback and test-results rules read who holds what from the ownership terms, as the assignment
// rule does: feedback that stays ours may still be licensed away for nothing, and a term on who keeps
// the samples says nothing about who owns the results of testing them. Each case for both sides.
import { freeUse } from '../../../../src/core/review/rules/free-use';
import { assignment } from '../../../../src/core/review/rules/assignment';
import { testResultsOpen } from '../../../../src/core/review/rules/test-results-open';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const SAMPLES = 'This Evaluation Agreement is made between Acme Batteries Inc. ("Provider") and Nordlys Motors AB ("Evaluator").';
const run = (rule: Rule, role: RoleId, ...lines: string[]) =>
  rule(makeContext([SAMPLES, ...lines].join('\n'), { scenario: 'sample-testing', role })).map((f) => `${f.rule} ${f.severity}`);

describe('feedback kept by its giver but licensed away for nothing', () => {
  const kept =
    'All Feedback shall remain the property of Evaluator, provided that Evaluator grants Provider a perpetual, irrevocable, royalty-free licence to use the Feedback for any purpose.';
  it('fires for the evaluator: owning its feedback is worth little once it is free to use', () => {
    expect(run(freeUse, 'evaluator', kept)).toEqual(['one-sided.free-feedback medium']);
  });
  it('stays quiet for the provider', () => {
    expect(run(freeUse, 'provider', kept)).toEqual([]);
  });
  it('leaves feedback assigned to the provider to the assignment rule, once', () => {
    const assigned = 'All Feedback is hereby assigned to Provider, which may use it freely for any purpose.';
    expect(run(freeUse, 'evaluator', assigned)).toEqual([]);
    expect(run(assignment, 'evaluator', assigned)).toEqual(['one-sided.assignment medium']);
  });
  it('stays quiet where the free use is limited to the product the feedback is on', () => {
    const limited = 'Evaluator grants Provider a perpetual, royalty-free licence to use the Feedback only to improve the Samples.';
    expect(run(freeUse, 'evaluator', limited)).toEqual([]);
  });
});

describe('test results handed over with no owner', () => {
  const handed = 'The Evaluator shall report the test results to the Provider within thirty (30) days after the testing ends.';
  it('fires for the provider where only the samples have an owner, in the same sentence', () => {
    const samples = 'Title to the Samples remains with the Provider, and the Evaluator shall report the test results to the Provider within thirty (30) days after the testing ends.';
    expect(run(testResultsOpen, 'provider', samples)).toEqual(['ambiguous.test-results-open medium']);
  });
  it('stays quiet where a term says who owns the test results', () => {
    const owned = 'All test results and test data generated in the testing shall vest in the Provider.';
    expect(run(testResultsOpen, 'provider', handed, owned)).toEqual([]);
  });
  it('stays quiet for the evaluator', () => {
    expect(run(testResultsOpen, 'evaluator', handed)).toEqual([]);
  });
});
