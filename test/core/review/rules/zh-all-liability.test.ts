// Our side made to bear "all liability" and all the other side's loss, with nothing capping it: a
// medium point; quiet for the other side, where the clause binds both, and where a cap reaches us.
import { loadLibraryDir } from '../../../../src/cli/library-files';
import { fromText, review } from '../../../../src/core/review';

const supply = (clause: string) =>
  [
    '软件供货合同',
    '甲方（买方）：杭州云栈信息技术有限公司',
    '乙方（卖方）：Fjordlys Software AS',
    '第一条 乙方向甲方提供仓储管理软件及其安装服务，甲方按附件一支付货款。',
    `第二条 ${clause}`,
  ].join('\n');
const points = (text: string, role: 'supplier' | 'distributor') =>
  review(fromText(text), { scenario: 'exclusive-partnership', role, locale: 'zh-CN' })
    .findings.filter((f) => f.rule === 'one-sided.all-liability')
    .map((f) => f.severity);

describe('all liability on our side, in a Chinese draft', () => {
  const all = '乙方保证所供软件不侵犯任何第三方的知识产权；如因此发生纠纷，由乙方承担全部责任，并赔偿甲方由此遭受的全部损失。';
  it('fires for the side that bears it, quiet for the other', () => {
    expect(points(supply(all), 'supplier')).toEqual(['medium']);
    expect(points(supply(all), 'distributor')).toEqual([]);
    expect(points(supply('因软件版权引起的纠纷，由此产生的一切责任均由乙方承担。'), 'supplier')).toEqual(['medium']);
  });
  it('stays quiet where the clause binds both sides, or a cap reaches us', () => {
    expect(points(supply('任何一方违反本合同的，应承担全部责任。'), 'supplier')).toEqual([]);
    expect(points(supply(`${all}双方在本合同项下的赔偿责任总额均不超过合同总价。`), 'supplier')).toEqual([]);
  });
  it('does not read a refund of the whole price as liability', () => {
    expect(points(supply('软件存在质量问题且不能及时更换的，乙方负责退还该软件的全部货款。'), 'supplier')).toEqual([]);
  });
  it('places blank party lines by who sells to whom', () => {
    const blank = [
      '软件捆绑销售协议',
      '甲方：',
      '乙方：',
      '本协议是（以下简称甲方）和（以下简称乙方）就软件捆绑销售达成的协议。',
      '一、甲方所购乙方的软件仅用于甲方整机的捆绑销售，不得单独定价销售。',
      '二、乙方保证其软件具有合法版权，如发生版权纠纷，乙方负全部责任。',
    ].join('\n');
    expect(points(blank, 'supplier')).toEqual(['medium']);
    expect(points(blank, 'distributor')).toEqual([]);
  });
});

describe('a licensee holding the licensor harmless from any loss, in a Chinese draft', () => {
  const licence = (clause: string) =>
    [
      '模型许可协议',
      '许可方：北京衡湾智能科技有限公司',
      '被许可方：苏州启岸数据服务有限公司',
      '第一条 许可方授予被许可方在中国境内使用本模型开发其产品的非独占许可。',
      '第二条 许可方不对被许可方使用本模型而产生的任何直接或间接损失承担责任。',
      `第三条 ${clause}`,
    ].join('\n');
  const found = (text: string, role: 'licensee' | 'licensor') =>
    review(fromText(text), { scenario: 'technology-license', role, locale: 'zh-CN' })
      .findings.filter((f) => f.rule === 'one-sided.all-liability')
      .map((f) => f.severity);
  const harmless = '被许可方应使许可方及其关联公司免受因被许可方使用本模型开发的产品而引起的任何索赔、损失和费用。';
  it('fires for the licensee that gives it with nothing capping what it pays', () => {
    expect(found(licence(harmless), 'licensee')).toEqual(['medium']);
    expect(found(licence('被许可方保证许可方免受任何第三方就衍生模型提出的索赔。'), 'licensee')).toEqual(['medium']);
  });
  it('offers the cap on our indemnity, which the added mutual limit would leave out', () => {
    const loaded = loadLibraryDir();
    if (!loaded.ok) throw new Error('the built-in library does not validate');
    const fixOf = (text: string) =>
      review(fromText(text), { scenario: 'technology-license', role: 'licensee', locale: 'zh-CN', library: loaded.library }).findings.find((f) => f.rule === 'one-sided.all-liability')?.fix?.variant;
    expect(fixOf(licence(harmless))).toBe('indemnity-capped-receiving-side');
    expect(fixOf(licence('如因被许可方的产品发生纠纷，由被许可方承担全部责任。'))).toBe('mutual-beside');
  });
  it('stays quiet for the licensor, where the licensor gives it, where it binds both, and where a cap reaches us', () => {
    expect(found(licence(harmless), 'licensor')).toEqual([]);
    expect(found(licence('许可方应使被许可方免受任何第三方就本模型提出的侵权索赔。'), 'licensee')).toEqual([]);
    expect(found(licence('任何一方应使另一方免受因其违约而引起的任何损失。'), 'licensee')).toEqual([]);
    expect(found(licence(`${harmless}被许可方在本协议项下的赔偿责任总额不超过其已支付的许可费。`), 'licensee')).toEqual([]);
    expect(found(licence('被许可方行使本协议项下的权利时，应避免使许可方遭受任何索赔。'), 'licensee')).toEqual([]);
  });
});
