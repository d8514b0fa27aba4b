// A buyer of standard goods hands the seller nothing of its own: silence on confidentiality binds it to
// nothing, so the customer's checklist raises no missing confidentiality term. An inspection report the
// buyer asks a commodity inspection bureau to issue is the bureau's, on the seller's goods: it is not
// something of ours handed over. Where the buyer gives the seller its drawings, the point stays.
// Our own sentences, for a Chinese company importing testing instruments.
import { reviewAs } from '../../../support/review-as-side';

const contract = (...clauses: string[]) =>
  [
    '进口设备买卖合同',
    '买方：杭州澄衡仪器科技有限公司',
    '卖方：Norvale Instruments GmbH',
    '一、买方同意购买，卖方同意出售下列光谱分析仪二十台，单价为每台一万二千欧元。',
    '二、卖方应于本合同签订后九十日内将货物运至上海港，风险自货物越过船舷时转移至买方。',
    '三、货物到港后，买方将申请出入境检验检疫局对货物的品质和数量进行检验，并出具检验报告，作为向卖方索赔的依据。',
    ...clauses,
    '四、买方收到装船单据后三十日内以电汇方式支付货款。',
    '五、本合同适用中华人民共和国法律，争议提交中国国际经济贸易仲裁委员会在北京仲裁。',
  ].join('\n');
const found = (text: string) =>
  reviewAs(text, { scenario: 'custom-development', role: 'customer', locale: 'zh-CN' })
    .findings.filter((f) => f.severity === 'medium' || f.severity === 'high')
    .map((f) => `${f.rule}/${f.topic}`);

describe('a buyer of goods, in Chinese, and confidentiality', () => {
  it('is not asked for a confidentiality term where it hands over only an inspection report a bureau issues', () => {
    expect(found(contract())).not.toContain('missing/confidentiality');
  });
  it('is, where it gives the seller its own drawings', () => {
    expect(found(contract('三之一、买方应向卖方提供仪器接口的设计图纸和技术参数，供卖方调整设备。'))).toContain('missing/confidentiality');
  });
});
