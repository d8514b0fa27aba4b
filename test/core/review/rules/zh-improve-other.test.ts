// A Chinese licence that forbids the licensee to use the licensed technology to improve any other
// technology (不得利用…改进任何其他模型) bars its own research, like a ban on developing rivals; the
// same ban on the licensor, or a plain use restriction, is not that.
import { fromText, review } from '../../../../src/core/review';
import { library, playbooks } from '../../../support/review-as-side';

const licence = (term: string) =>
  [
    '图像识别软件许可协议',
    '许可方（甲方）：上海澜图视觉科技有限公司',
    '被许可方（乙方）：武汉启明工业检测有限公司',
    '第一条 许可',
    '1.1 甲方授予乙方非独占、不可转让的许可，在中国境内使用许可软件检测乙方生产线上的产品。',
    '第二条 限制',
    `2.1 ${term}`,
  ].join('\n');

const improveOther = (term: string) =>
  review(fromText(licence(term)), { scenario: 'technology-license', role: 'licensee', library, playbooks }).findings.filter(
    (f) => f.rule === 'one-sided.compete-ban' && f.message === 'You may not use the technology to improve any other technology',
  );

describe('a ban on using the licensed technology to improve any other', () => {
  it('is raised for the licensee, quoting the ban', () => {
    const found = improveOther('乙方不得利用许可软件或其运行结果训练或改进任何其他图像识别模型。');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('medium');
    expect(found[0]!.evidence[0]!.text).toContain('改进任何其他图像识别模型');
  });

  it.each([
    // The licensor bound, not us.
    '甲方不得利用乙方提交的检测图片改进任何其他客户的模型。',
    // A use restriction that bars no research.
    '乙方不得利用许可软件从事任何违法活动，亦不得将其用于其他客户的产品检测。',
  ])('is not raised for %j', (term) => {
    expect(improveOther(term)).toHaveLength(0);
  });
});
