import { fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

// We take another's published software or research material to try it. Where nothing of ours goes to
// them, a draft silent on confidentiality binds us to nothing: no point for the evaluator. Where we hand
// over feedback, samples or data, or either party may disclose, the point stays. Built on the shipped playbooks.
describe('no confidentiality term, for the evaluator, by what we hand over', () => {
  const missingCi = (lines: string[], role: 'evaluator' | 'provider' = 'evaluator', locale: 'en' | 'zh-CN' = 'en') =>
    review(fromText(lines.join('\n')), { scenario: 'sample-testing', role, library, playbooks, locale })
      .findings.filter((f) => f.rule === 'missing' && f.topic === 'confidentiality')
      .map((f) => f.severity);
  const draft = [
    'SOFTWARE EVALUATION TERMS',
    'These terms are made between the Brightwater Institute ("Provider") and the recipient of the Program ("Recipient").',
    '1. Program. Provider will make the Program available to the Recipient for evaluation and non-commercial research.',
    '2. Use. The Recipient shall use the Program only for its internal evaluation and shall not redistribute it.',
    '3. Credit. The Recipient shall cite the Provider in any paper that reports work done with the Program.',
    '4. No warranty. The Program is supplied as it is, with no warranty of any kind.',
  ];

  it('is no point where we only receive their program and hand nothing over', () => {
    expect(missingCi(draft)).toEqual([]);
  });
  it('stays a point for the provider, whose program goes out', () => {
    expect(missingCi(draft, 'provider')).toEqual(['high']);
  });
  it('is a point where we must send them our feedback or test results', () => {
    expect(missingCi([...draft, '5. Feedback. The Recipient shall send Provider a written report of its test results within thirty days after the evaluation ends.'])).toEqual(['medium']);
  });
  it('is a point where we supply our own samples or data to them', () => {
    expect(missingCi([...draft, '5. Inputs. Recipient will provide Provider with sample images from its own production line for tuning the Program.'])).toEqual(['medium']);
    expect(missingCi([...draft, '5. Inputs. Any sample data supplied by the Recipient shall be used only to tune the Program.'])).toEqual(['medium']);
  });
  it('is a point where either party may disclose information to the other', () => {
    expect(missingCi([...draft, '5. Exchange. In the course of the evaluation either party may disclose technical information to the other.'])).toEqual(['medium']);
  });
  it('is no point where our duty is only not to pass their program on', () => {
    expect(missingCi([...draft, '5. Others. The Recipient shall not provide the Program or any copy of it to any third party.'])).toEqual([]);
  });
  it('reads a Chinese draft the same way', () => {
    const zh = [
      '软件试用协议',
      '甲方（提供方）：杭州澄溪算法研究院',
      '乙方（测试方）：成都启衡智能装备有限公司',
      '第一条 甲方向乙方提供试用版软件，供乙方内部评估使用。',
      '第二条 乙方仅可为评估目的使用该软件，不得向第三方转让。',
    ];
    expect(missingCi(zh, 'evaluator', 'zh-CN')).toEqual([]);
    expect(missingCi([...zh, '第三条 乙方应在评估结束后十五日内向甲方提交书面测试报告。'], 'evaluator', 'zh-CN')).toEqual(['medium']);
  });
});
