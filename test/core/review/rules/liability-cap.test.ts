// Where we build, license or supply and the draft makes us pay for breach but limits no liability at
// all: a medium point for us; quiet for the customer, whom silence favours, and quiet once anything in
// the draft caps or excludes liability.
import { fromText, review } from '../../../../src/core/review';

const en = (extra: string) =>
  [
    'SOFTWARE DEVELOPMENT AGREEMENT',
    'This Software Development Agreement is made between Harbin Lianxin Technology Co., Ltd. ("Developer") and Ostwind Logistik GmbH ("Customer").',
    '1. Developer shall design and deliver the route-planning software described in Schedule 1, and Customer shall pay the fees set out in Schedule 2.',
    '2. If Developer fails to deliver any milestone on time, Developer shall pay liquidated damages of one percent of the fees for each week of delay.',
    `3. ${extra}`,
  ].join('\n');
const zh = (extra: string) =>
  [
    '委托开发合同',
    '委托方：＿＿＿＿＿＿，以下简称甲方；',
    '研究开发方：＿＿＿＿＿＿，以下简称乙方；',
    '第一条 乙方按照甲方提出的要求开发仓储数据采集软件，甲方向乙方支付开发经费人民币八十万元。',
    '第二条 开发成果不符合本合同约定的技术指标的，乙方应当返还已收取的开发经费，并支付合同总价百分之十的违约金。',
    `第三条 ${extra}`,
  ].join('\n');
const points = (text: string, role: 'developer' | 'customer', locale: 'en' | 'zh-CN' = 'en') =>
  review(fromText(text), { scenario: 'custom-development', role, locale })
    .findings.filter((f) => f.rule === 'one-sided.no-liability-cap')
    .map((f) => f.severity);

describe('no limitation of liability at all, where we build and supply', () => {
  const plain = 'Customer shall give Developer access to its test systems during business hours.';
  it('fires for the developer in an English draft, quiet for the customer', () => {
    expect(points(en(plain), 'developer')).toEqual(['medium']);
    expect(points(en(plain), 'customer')).toEqual([]);
  });
  it('still fires where only one event is excused, which limits nothing', () => {
    expect(points(en('Developer shall not be liable for any delay caused by a force majeure event.'), 'developer')).toEqual(['medium']);
  });
  it('stays quiet once the draft caps or excludes liability', () => {
    expect(points(en("In no event shall either party's aggregate liability under this Agreement exceed the fees paid under it."), 'developer')).toEqual([]);
    expect(points(en('Neither party shall be liable for any indirect or consequential loss or for loss of profits.'), 'developer')).toEqual([]);
    expect(points(en('The limitations of liability in Schedule 4 apply to every claim under this Agreement.'), 'developer')).toEqual([]);
  });

  const zhPlain = '甲方应当为乙方的现场调试提供必要的工作条件。';
  it('fires for the developer in a Chinese form whose party lines name the letters after the role', () => {
    expect(points(zh(zhPlain), 'developer', 'zh-CN')).toEqual(['medium']);
    expect(points(zh(zhPlain), 'customer', 'zh-CN')).toEqual([]);
  });
  it('stays quiet in Chinese once a cap or an exclusion reaches us', () => {
    expect(points(zh('任何一方在本合同项下的赔偿责任总额不超过合同总价。'), 'developer', 'zh-CN')).toEqual([]);
    expect(points(zh('双方均不对对方的利润损失或其他间接损失承担赔偿责任。'), 'developer', 'zh-CN')).toEqual([]);
  });
  it('reads an excused party as owing nothing', () => {
    const excused = zh('').replace('乙方应当返还已收取的开发经费，并支付合同总价百分之十的违约金', '乙方不承担责任');
    expect(points(excused, 'developer', 'zh-CN')).toEqual([]);
  });
});
