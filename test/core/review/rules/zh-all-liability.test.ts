// Our side made to bear "all liability" and all the other side's loss, with nothing capping it: a
// medium point; quiet for the other side, where the clause binds both, and where a cap reaches us.
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
