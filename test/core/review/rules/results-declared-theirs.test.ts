// Our own test results declared the other side's confidential information: a medium point for the
// evaluator, worded as such; quiet where the results are declared ours, and for the provider.
import { lockedResults } from '../../../../src/core/review/rules/locked-results';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = 'This Beta Evaluation Agreement is made between Corvane Systems Ltd. (the "Provider") and Lanzhou Vision Technology Co., Ltd. (the "Evaluator").';
const run = (terms: string[], role: RoleId = 'evaluator') =>
  lockedResults(makeContext([opening, ...terms].join('\n'), { scenario: 'sample-testing', role })).map((f) => `${f.severity} ${f.message}`);

describe('our test results declared their confidential information', () => {
  it('fires for the evaluator', () => {
    expect(run(['The Evaluator acknowledges that the beta software and the evaluation results prepared by the Evaluator are the confidential information of the Provider.'])).toEqual([
      "medium Your own test results are declared the other side's confidential information",
    ]);
  });
  it('stays quiet where the results are declared the evaluator\'s, and for the provider', () => {
    expect(run(['The Provider acknowledges that the evaluation results prepared by the Evaluator are the confidential information of the Evaluator.'])).toEqual([]);
    expect(run(['The Evaluator acknowledges that the evaluation results prepared by the Evaluator are the confidential information of the Provider.'], 'provider')).toEqual([]);
  });
});
