// A Chinese technology transfer grants the licensee "the right to make and sell" the contract products
// (授予/授与…制造和销售…的权利), often with 授与, the older form of 授予. That grant is the licensee's
// term for using the licensor's technology, so the licensee hears no "no terms for using existing IP".
// A right of another kind (to end the contract) or a grant refused leaves the point.
import { missesTopic, reviewAs } from '../../../support/review-as-side';

const contract = (...lines: string[]) =>
  [
    '数控折弯机技术转让合同',
    '出让方：Lindqvist Maskin AB',
    '受让方：常州恒岳机床有限公司',
    '第一条 合同内容',
    '1.1 出让方向受让方提供合同产品的图纸和工艺文件，并培训受让方的工程师。',
    ...lines,
    '第二条 价格',
    '2.1 受让方按每台合同产品净售价的百分之五向出让方支付提成费。',
  ].join('\n');
const missingLicence = (text: string) =>
  missesTopic(reviewAs(text, { scenario: 'technology-license', role: 'licensee', locale: 'zh-CN' }).findings, 'background-license');

describe('a grant of the right to make and sell, in Chinese', () => {
  it('is a term for using the other side\'s technology, with 授与 or 授予', () => {
    expect(missingLicence(contract('1.2 出让方授与受让方在中国境内制造和销售合同产品的权利。'))).toBe(false);
    expect(missingLicence(contract('1.2 出让方授予受让方在合同有效期内生产、使用和销售合同产品的权利。'))).toBe(false);
  });
  it('near misses: a right of another kind, or a grant refused, leaves the point', () => {
    expect(missingLicence(contract('1.2 出让方授予受让方在出让方逾期交付时解除本合同的权利。'))).toBe(true);
    expect(missingLicence(contract('1.2 本合同不授与受让方制造和销售合同产品的权利，受让方仅可对图纸进行评估。'))).toBe(true);
  });
  it('a right only to sell goods is a dealer\'s appointment, not a licence; selling software copies is one', () => {
    expect(missingLicence(contract('1.2 出让方授予受让方在华东地区独家销售出让方整机产品的权利。'))).toBe(true);
    expect(missingLicence(contract('1.2 出让方授予受让方在华东地区分销出让方数控软件的权利。'))).toBe(false);
  });
});
