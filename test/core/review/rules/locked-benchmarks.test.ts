// Benchmarks and performance results are results of testing by their very name: a bar on disclosing
// them keeps our own findings from our customers. Bare results of another kind stay quiet.
import { lockedResults } from '../../../../src/core/review/rules/locked-results';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = 'This Evaluation Licence is made between Halden Imaging Inc. (the "Provider") and Xiamen Lumo Robotics Co., Ltd. (the "Evaluator").';
const run = (term: string, role: RoleId = 'evaluator') =>
  lockedResults(makeContext([opening, term].join('\n'), { scenario: 'sample-testing', role })).map((f) => `${f.severity} ${f.rule}`);

describe('benchmarks and performance results kept from third parties', () => {
  it('fires for the evaluator on benchmarks', () => {
    expect(run('The Evaluator agrees to keep its use of the toolkit confidential and not to disclose to any third party the toolkit or any benchmarks relating to it.')).toEqual([
      'medium one-sided.locked-results',
    ]);
  });
  it('fires for the evaluator on performance results', () => {
    expect(run('The Evaluator shall not disclose the performance results it obtains with the toolkit to any third party without the prior written consent of the Provider.')).toEqual([
      'medium one-sided.locked-results',
    ]);
  });
  it('stays quiet for results that are not from testing, and for the provider', () => {
    expect(run('The Evaluator shall not disclose its quarterly financial results to any third party before it publishes them.')).toEqual([]);
    expect(run('The Evaluator agrees not to disclose to any third party any benchmarks relating to the toolkit.', 'provider')).toEqual([]);
  });
});
