// A liability cap in a Chinese draft that protects only the other side, while nothing caps ours:
// a medium point for the side left uncapped, quiet for the side it protects, and quiet where the cap
// is mutual, names no side, or only limits a penalty for lateness.
import { fromText, review } from '../../../../src/core/review';

const licence = (liability: string) =>
  [
    '技术许可合同',
    '甲方（许可方）：Norrlund Systems AB',
    '乙方（被许可方）：成都启衡智能装备有限公司',
    '第一条 甲方许可乙方在中国境内使用其控制软件及相关技术资料制造和销售合同产品。',
    '第二条 乙方应按附件一向甲方支付许可费。',
    `第三条 ${liability}`,
  ].join('\n');
const points = (text: string, role: 'licensee' | 'licensor') =>
  review(fromText(text), { scenario: 'technology-license', role, locale: 'zh-CN' })
    .findings.filter((f) => f.rule === 'one-sided.one-way-cap')
    .map((f) => f.severity);

describe('a liability cap for one side only, in a Chinese draft', () => {
  const theirCap = '甲方在本合同项下的赔偿责任总额最高不超过乙方已支付的许可费。乙方违反本合同的，应赔偿甲方因此遭受的全部损失。';
  const priceCap = '无论乙方以何种方式提出索赔，甲方均不承担金额超过相关软件模块价款的损害赔偿。';
  const limitedTo = '甲方对乙方的责任以甲方实际收取的许可费为限。';

  it('fires for the side left uncapped', () => {
    expect(points(licence(theirCap), 'licensee')).toEqual(['medium']);
    expect(points(licence(priceCap), 'licensee')).toEqual(['medium']);
    expect(points(licence(limitedTo), 'licensee')).toEqual(['medium']);
    expect(points(licence('乙方对甲方的赔偿责任不超过本合同总价的百分之二十。'), 'licensor')).toEqual(['medium']);
  });
  it('stays quiet for the side the cap protects', () => {
    expect(points(licence(theirCap), 'licensee')).toEqual(['medium']);
    expect(points(licence(theirCap), 'licensor')).toEqual([]);
    expect(points(licence(priceCap), 'licensor')).toEqual([]);
  });
  it('stays quiet where the cap is mutual, names no side, or our liability is capped too', () => {
    expect(points(licence('甲方在本合同项下的赔偿责任总额不超过本合同总价。'), 'licensee')).toEqual(['medium']);
    expect(points(licence('任何一方在本合同项下的赔偿责任总额不超过本合同总价。'), 'licensee')).toEqual([]);
    expect(points(licence('双方的赔偿责任均以本合同项下已支付的款项为限。'), 'licensee')).toEqual([]);
    expect(points(licence('本合同项下的赔偿责任总额不超过合同总价。'), 'licensee')).toEqual([]);
    expect(points(licence(`${theirCap}乙方的赔偿责任总额亦不超过其已支付的许可费。`), 'licensee')).toEqual([]);
  });
  it('stays quiet on a cap of a penalty for lateness, which is no cap on liability', () => {
    expect(points(licence('甲方违约的，应赔偿乙方的损失，但赔偿总额不超过合同总价的百分之五。'), 'licensee')).toEqual(['medium']);
    expect(points(licence('甲方逾期交付的，每日按合同总价的千分之一赔偿乙方，但赔偿总额不超过合同总价的百分之五。'), 'licensee')).toEqual([]);
  });
});
