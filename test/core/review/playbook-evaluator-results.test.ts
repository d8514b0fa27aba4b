import { fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

// We test the other side's prototypes, or receive its material for research. Where the draft claims
// nothing of what we make, silence on the test data leaves it with us, who made it: no point for the
// evaluator. Where the draft reaches it (their confidential information takes in what can be learnt
// of the thing tested, our reports are declared confidential), who owns the
// results matters and the point stays. The provider is asked for it either way. Built on the shipped playbooks.
describe('who owns the test data, by side', () => {
  const testData = (lines: string[], role: 'evaluator' | 'provider', locale: 'en' | 'zh-CN' = 'en') =>
    review(fromText(lines.join('\n')), { scenario: 'sample-testing', role, library, playbooks, locale })
      .findings.filter((f) => f.rule === 'missing' && f.topic === 'test-data')
      .map((f) => f.severity);
  const draft = [
    'PROTOTYPE EVALUATION AGREEMENT',
    'This Prototype Evaluation Agreement is made between Hallvard Sensorik GmbH ("Provider") and Qingyun Robotics Co., Ltd. ("Evaluator").',
    '1. Prototypes. Provider shall lend the Evaluator four prototype lidar units (the "Prototypes") for the Evaluator to test in its delivery robots.',
    '2. Use. The Evaluator shall use the Prototypes only to decide whether to buy them, and shall not take them apart.',
    '3. Confidentiality. Each party shall keep the other party\'s confidential information secret and use it only for the evaluation.',
    '4. Return. The Evaluator shall return the Prototypes within thirty days after the evaluation ends.',
  ];

  it('is no point for the evaluator where the draft claims nothing of what it makes', () => {
    expect(testData(draft, 'evaluator')).toEqual([]);
  });
  it('stays a point for the provider, who gets nothing of the results', () => {
    expect(testData(draft, 'provider')).toEqual(['medium']);
  });
  it('is a point for the evaluator where their confidential information takes in what can be learnt of the Prototypes', () => {
    const about = 'Provider\'s confidential information includes all non-public information about the Prototypes, in whatever form.';
    expect(testData([...draft, `5. Information. ${about}`], 'evaluator')).toEqual(['medium']);
  });
  it('is a point for the evaluator where its own reports are declared the provider\'s confidential information', () => {
    expect(testData([...draft, '5. Reports. Any evaluation or report about the Prototypes prepared by the Evaluator is also Confidential Information of Provider.'], 'evaluator')).toEqual(['medium']);
  });
  it('is no point where only each side\'s own information is protected, or only the provider\'s own reports', () => {
    const mutual = '5. Information. Confidential information includes any technical data relating to the Prototypes that a party marks as confidential.';
    expect(testData([...draft, mutual], 'evaluator')).toEqual([]);
    expect(testData([...draft, '5. Reports. Any report about the Prototypes prepared by Provider is Confidential Information of Provider.'], 'evaluator')).toEqual([]);
  });
  it('reads a Chinese draft the same way', () => {
    const zh = [
      '样机测试协议',
      '甲方（提供方）：苏州岚峰传感科技有限公司',
      '乙方（测试方）：成都启衡智能装备有限公司',
      '第一条 甲方向乙方提供四台样机，供乙方在其配送机器人上测试。',
      '第二条 乙方仅可为评估目的使用样机，不得拆解样机。',
      '第三条 双方应对在本协议项下获知的对方保密信息予以保密。',
    ];
    expect(testData(zh, 'evaluator', 'zh-CN')).toEqual([]);
    expect(testData([...zh, '第四条 甲方的保密信息包括与样机有关的全部非公开信息。'], 'evaluator', 'zh-CN')).toEqual(['medium']);
    expect(testData([...zh, '第四条 乙方出具的测试报告属于甲方的保密信息。'], 'evaluator', 'zh-CN')).toEqual(['medium']);
  });
});
