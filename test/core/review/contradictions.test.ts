// The topics listed beside the findings and the findings themselves agree: no "missing" on a topic the
// list calls present, and no finding quoting a clause on a topic it calls absent. Test data is where
// they used to part: a clause on usage data, or one that locks up our results, beside "Nothing says who
// owns the test data".
import { fromText, review } from '../../../src/core/review';
import type { ReviewResult } from '../../../src/core/findings';
import type { RoleId } from '../../../src/core/scenarios';
import { library, playbooks } from '../../support/review-as-side';

const pilot = (dataTerm: string) =>
  fromText(
    [
      'PILOT EVALUATION AGREEMENT',
      'This Agreement is made between Northgate Grid Analytics Inc., a Delaware corporation (the "Provider"), and Hexi Energy Co., Ltd., a company incorporated in the People\'s Republic of China (the "Evaluator").',
      '1. Evaluation. The Provider shall make the Platform available to the Evaluator for a pilot of ninety (90) days to evaluate it for the Evaluator\'s storage sites.',
      '2. Confidentiality. Each party shall keep the Confidential Information of the other party confidential and use it only for the evaluation.',
      `3. Data. ${dataTerm}`,
      '4. Governing Law. This Agreement is governed by the laws of the State of New York.',
    ].join('\n'),
  );

const USAGE = 'The Provider may collect and analyse Usage Data and may freely use Usage Data to maintain, improve and promote its products and services.';
const LOCKED = 'The Evaluator shall not publish or disclose to any third party any benchmark tests or performance reports of the Platform.';
const OWNED = 'All test results, reports and data the Evaluator generates in the evaluation are owned by the Evaluator.';

const testData = (r: ReviewResult) => ({
  present: r.topics.find((t) => t.id === 'test-data')!.present,
  findings: r.findings.filter((f) => f.topic === 'test-data').map((f) => `${f.rule} ${f.kind}`)
    .sort(),
});

/** No "missing" on a topic listed present; every finding that quotes a clause on a topic lists it present. */
function agrees(r: ReviewResult): boolean {
  const present = new Set(r.topics.filter((t) => t.present).map((t) => t.id));
  return r.findings.every((f) =>
    f.kind === 'missing' ? !present.has(f.topic) : !(f.kind === 'ambiguous' || f.kind === 'one-sided') || f.evidence.length === 0 || present.has(f.topic),
  );
}

const run = (term: string, role: RoleId) => review(pilot(term), { scenario: 'sample-testing', role, library, playbooks });

describe('test data in the topics and the findings', () => {
  it('for the evaluator, usage data they may use is a data term that leaves open who owns our results', () => {
    const r = run(USAGE, 'evaluator');
    expect(testData(r)).toEqual({ present: true, findings: ['missing ambiguous', 'one-sided.usage-data one-sided'] });
    expect(r.findings.find((f) => f.rule === 'missing' && f.topic === 'test-data')?.message).toBe('The data terms leave open who owns the test results');
    expect(agrees(r)).toBe(true);
  });

  it('for the evaluator, our results locked up is the term itself: no "missing" beside it', () => {
    const r = run(LOCKED, 'evaluator');
    expect(testData(r)).toEqual({ present: true, findings: ['one-sided.locked-results one-sided'] });
    expect(agrees(r)).toBe(true);
  });

  it('for the evaluator, results owned by us are neither missing nor locked', () => {
    expect(testData(run(OWNED, 'evaluator')).findings).toEqual([]);
  });

  it('for the provider, usage data it may use is no point, and silence on the results stays missing', () => {
    const r = run(USAGE, 'provider');
    expect(testData(r)).toEqual({ present: false, findings: ['missing missing'] });
    expect(agrees(r)).toBe(true);
  });

  it('words the gap in Chinese too', () => {
    const r = review(pilot(USAGE), { scenario: 'sample-testing', role: 'evaluator', library, playbooks, locale: 'zh-CN' });
    expect(r.findings.find((f) => f.rule === 'missing' && f.topic === 'test-data')?.message).toBe('数据条款未写明测试结果归谁所有');
  });
});
