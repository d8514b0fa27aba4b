// Free use of our feedback in a Chinese sample-testing draft (one-sided.free-feedback): the provider may
// use what the tester tells it free, for any purpose or for ever. Fires for the tester, never for the
// provider, and stays quiet where the use is kept to the samples, barred, mutual, or the feedback is
// assigned (the assignment rule's point).
import { review } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';
import type { RoleId } from '../../../../src/core/scenarios';

const TESTING = '电芯样品测试协议\n甲方（样品提供方）：宁波朔光电子有限公司\n乙方（测试方）：Halvorsen Test Systems AS\n一、甲方向乙方提供电芯样品，供乙方进行性能测试。\n';

function free(role: RoleId, ...lines: string[]): boolean {
  const result = review(fromText(TESTING + lines.join('\n')), { scenario: 'sample-testing', role });
  return result.findings.some((f) => f.rule === 'one-sided.free-feedback');
}

describe('our feedback free to use, in Chinese', () => {
  it.each([
    ['free for any purpose', '六、乙方就样品提出的反馈，甲方可以无偿用于任何目的。'],
    ['for ever, with nothing paid', '六、甲方有权永久使用乙方提供的任何意见和建议，且无需向乙方支付任何费用。'],
  ])('fires for the tester: %s', (_, line) => {
    expect(free('evaluator', line)).toBe(true);
    expect(free('provider', line)).toBe(false);
  });
  it.each([
    ['a use kept to the samples', '六、甲方仅可为改进样品之目的免费使用乙方的反馈。'],
    ['a use barred', '六、未经乙方书面同意，甲方不得使用乙方的反馈，乙方亦无需为此支付任何费用。'],
    ['a mutual right', '六、双方均可以无偿使用对方提出的反馈。'],
  ])('stays quiet: %s', (_, line) => {
    expect(free('evaluator', line)).toBe(false);
  });
});
