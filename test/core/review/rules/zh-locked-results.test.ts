// Our own test results locked in a Chinese sample-testing draft (one-sided.locked-results): the
// tester may not disclose what it found, or the results are the provider's and may not be disclosed.
// Fires for the tester, never for the provider, and stays quiet where the bar binds only the provider,
// where the results are ours, or where the bar has a way out.
import { review } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';
import type { RoleId } from '../../../../src/core/scenarios';

const TESTING = '电芯样品测试协议\n甲方（样品提供方）：宁波朔光电子有限公司\n乙方（测试方）：Halvorsen Test Systems AS\n一、甲方向乙方提供电芯样品，供乙方进行性能测试。\n';

function locked(role: RoleId, ...lines: string[]): boolean {
  const result = review(fromText(TESTING + lines.join('\n')), { scenario: 'sample-testing', role });
  return result.findings.some((f) => f.rule === 'one-sided.locked-results');
}

describe('our test results locked, in Chinese', () => {
  it.each([
    ['results theirs and barred', '五、测试数据归甲方所有，乙方不得向任何第三方披露。'],
    ['a bar on us with their consent', '五、未经甲方书面同意，乙方不得公开测试结果。'],
    ['results made their secret', '五、乙方出具的检测报告视为甲方的保密信息。'],
  ])('fires for the tester: %s', (_, line) => {
    expect(locked('evaluator', line)).toBe(true);
    expect(locked('provider', line)).toBe(false);
  });
  it.each([
    ['a bar on the provider only', '五、甲方不得向任何第三方披露乙方的测试结果。'],
    ['results that are ours', '五、测试数据归乙方所有。未经乙方同意，甲方不得向第三方披露测试数据。'],
    ['a bar with a way out', '五、除法律要求外，乙方不得披露测试报告。'],
    ['a bar on the samples, not the results', '五、乙方不得向任何第三方披露样品的技术资料。'],
  ])('stays quiet: %s', (_, line) => {
    expect(locked('evaluator', line)).toBe(false);
  });
});
