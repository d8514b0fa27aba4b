// A Chinese know-how licence is worded as a "transfer" of the know-how (出让方同意向受让方转让…专有技术),
// and a right to go on using it after the end names the licensor as 出让方. Both are terms for using
// the other side's existing technology, so the licensee hears no "no terms for using existing IP".
// Where nothing of the kind is granted, the point stays.
import { missesTopic, reviewAs } from '../../../support/review-as-side';

const contract = (...lines: string[]) =>
  [
    '技术引进合同',
    '出让方：Bergmann Antriebstechnik GmbH',
    '受让方：杭州青禾电机有限公司',
    '第一条 合同范围',
    ...lines,
    '第二条 合同价格',
    '2.1 受让方按合同产品净销售额的百分之三向出让方支付提成费。',
  ].join('\n');
const missingLicence = (text: string) =>
  missesTopic(reviewAs(text, { scenario: 'technology-license', role: 'licensee', locale: 'zh-CN' }).findings, 'background-license');

describe('a know-how licence worded as a transfer, in Chinese', () => {
  it('is a term for using the other side\'s technology', () => {
    expect(missingLicence(contract('1.1 出让方同意向受让方转让设计和制造电机控制器的专有技术。'))).toBe(false);
    expect(missingLicence(contract('1.1 出让方负责提供技术资料。', '1.2 本合同终止后，受让方仍有权使用出让方提供的专有技术。'))).toBe(false);
  });
  it('near misses: no grant, or a transfer refused, leaves the point', () => {
    expect(missingLicence(contract('1.1 出让方负责提供技术资料，并派遣工程师到受让方工厂指导安装。'))).toBe(true);
    expect(missingLicence(contract('1.1 出让方负责提供技术资料。', '1.2 受让方不得向第三方转让出让方的专有技术。'))).toBe(true);
  });
});
