// A Chinese licence to us that the licensor may end on our late payment, with no notice or time to
// pay. Raised for the licensee; quiet where notice or a grace period comes first, where the licensor
// is the late payer, and for the licensor.
import { fromText, review } from '../../../../src/core/review';

const licence = (term: string) =>
  ['专利实施许可合同', '许可方：杭州澄观数据科技有限公司', '被许可方：深圳启衡智能装备有限公司', '第一条 许可方授予被许可方在中国境内实施许可专利的非独占许可。', `第五条 ${term}`].join('\n');
const points = (text: string, role: 'licensee' | 'licensor' = 'licensee') =>
  review(fromText(text), { scenario: 'technology-license', role, locale: 'zh-CN' })
    .findings.filter((f) => f.rule === 'one-sided.licence-lapse')
    .map((f) => f.severity);

describe('a Chinese licence lost on a late payment', () => {
  it('fires where a late payment lets the licensor end the licence at once', () => {
    expect(points(licence('被许可方逾期支付任何一期许可使用费的，许可方有权立即终止本合同项下的全部许可。'))).toEqual(['high']);
    expect(points(licence('被许可方未按期付款的，本许可自动终止。'))).toEqual(['high']);
  });
  it('stays quiet where notice or days to pay come first', () => {
    expect(points(licence('被许可方逾期支付许可使用费，经许可方书面催告后三十日内仍未支付的，许可方有权终止本合同。'))).toEqual([]);
    expect(points(licence('被许可方逾期付款超过六十日的，许可方有权解除本合同。'))).toEqual([]);
  });
  it('stays quiet where the licensor pays late, and for the licensor', () => {
    expect(points(licence('许可方逾期支付专利年费的，被许可方有权终止本合同。'))).toEqual([]);
    expect(points(licence('被许可方逾期支付任何一期许可使用费的，许可方有权立即终止本合同项下的全部许可。'), 'licensor')).toEqual([]);
  });
});
