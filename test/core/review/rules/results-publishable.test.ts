// We let the other side try our product and nothing keeps its benchmark or performance results from
// publication: medium for the provider. Quiet where the results are kept confidential or their
// publication needs our consent, and for the evaluator.
import { resultsPublishable } from '../../../../src/core/review/rules/results-publishable';
import { makeContext } from './make-context';

const opening = 'This Pilot Agreement is made between Hangzhou Yunlan Robotics Co., Ltd. ("Provider") and Westbrook Logistics LLC ("Customer").';
const trial = 'During the Pilot Period and subject to this Agreement, Customer may access and use the Product solely for Customer\'s internal evaluation purposes.';
const run = (terms: string[], role: 'provider' | 'evaluator') =>
  resultsPublishable(makeContext([opening, trial, ...terms].join('\n'), { scenario: 'sample-testing', role })).map((f) => `${f.rule} ${f.severity}`);

describe('results of a trial of our product that nothing keeps from publication', () => {
  const confidentiality = 'Provider\'s Confidential Information includes non-public information about the Product.';
  it('is raised for the provider where only non-public information about the product is confidential', () => {
    expect(run([confidentiality], 'provider')).toEqual(['one-sided.results-publishable medium']);
  });
  it('stays quiet where the results are the provider\'s confidential information', () => {
    expect(run([confidentiality, 'The results of any testing or benchmarking of the Product are Provider\'s Confidential Information.'], 'provider')).toEqual([]);
  });
  it('stays quiet where publication of performance results needs the provider\'s consent', () => {
    expect(run(['Customer will not publish or disclose to any third party any performance data about the Product without Provider\'s prior written consent.'], 'provider')).toEqual([]);
  });
  it('stays quiet for the evaluator, whom the freedom serves', () => {
    expect(run([confidentiality], 'evaluator')).toEqual([]);
  });
});
