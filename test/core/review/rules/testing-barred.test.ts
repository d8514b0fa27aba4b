import { testingBarred } from '../../../../src/core/review/rules/testing-barred';
import { makeContext } from './make-context';

const PILOT = 'This Product Evaluation Agreement is made between Harbourline Software Inc. ("Provider") and Qinlan Energy Co., Ltd. ("Evaluator").';
const EVALUATOR = { scenario: 'sample-testing', role: 'evaluator' } as const;

describe('an evaluation that may not include security or performance testing', () => {
  it('flags the evaluator barred from security testing and benchmarking, for the evaluator', () => {
    const text = [
      PILOT,
      'Evaluator will not, and will not permit any third party to, (i) copy or modify the Product, (ii) conduct security or vulnerability tests on the Product, or (iii) benchmark the Product against any other product.',
    ].join('\n');
    const [f] = testingBarred(makeContext(text, EVALUATOR));
    expect(f).toMatchObject({ rule: 'one-sided.testing-barred', kind: 'one-sided', severity: 'low', topic: 'purpose-limitation' });
    expect(f!.evidence[0]!.text).toContain('conduct security or vulnerability tests');
  });

  it('is quiet for the provider, where the vendor is the one bound, and where testing is allowed', () => {
    const barred = [PILOT, 'Evaluator shall not perform any penetration testing of the hosted Service during the Evaluation Period.'].join('\n');
    expect(testingBarred(makeContext(barred, { scenario: 'sample-testing', role: 'provider' }))).toEqual([]);
    expect(testingBarred(makeContext(barred, EVALUATOR))).toHaveLength(1);
    const vendor = [PILOT, 'Provider will not run load tests on Evaluator\'s production systems without Evaluator\'s prior written consent.'].join('\n');
    expect(testingBarred(makeContext(vendor, EVALUATOR))).toEqual([]);
    const allowed = [PILOT, 'Evaluator may conduct security and performance testing of the Product in its own test environment and shall keep the results confidential.'].join('\n');
    expect(testingBarred(makeContext(allowed, EVALUATOR))).toEqual([]);
  });
});
