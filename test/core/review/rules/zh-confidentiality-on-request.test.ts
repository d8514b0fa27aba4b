// A made-to-order contract often makes confidentiality a duty the customer calls up: 如定作方要求保密，
// 承揽方应当严格遵守. That is a confidentiality term. Merely asking for it, with no duty on anyone, is not.
import { missesTopic, reviewAs } from '../../../support/review-as-side';

const contract = (clause: string) =>
  [
    '委托加工合同',
    '定作方：深圳微澜传感科技有限公司',
    '承揽方：东莞立达五金制品厂',
    '第一条 加工内容',
    '1.1 承揽方按定作方提供的图纸加工传感器外壳，定作方按件支付加工费。',
    `1.2 ${clause}`,
  ].join('\n');
const noConfidentiality = (text: string) =>
  missesTopic(reviewAs(text, { scenario: 'custom-development', role: 'customer', locale: 'zh-CN' }).findings, 'confidentiality');

describe('confidentiality kept on the customer’s request, in Chinese', () => {
  it('is a confidentiality term', () => {
    expect(noConfidentiality(contract('定作方要求保密的图纸和工艺，承揽方必须遵守，加工完成后不得留存复制件。'))).toBe(false);
  });
  it('near miss: asking for it, with no duty on anyone, is none', () => {
    expect(noConfidentiality(contract('定作方可在下单时注明是否要求保密，承揽方收到订单后安排生产。'))).toBe(true);
  });
});
