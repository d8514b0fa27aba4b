// Where the only secrecy an agreement asks for is of its own terms, nothing confidential changes hands
// and there is nothing to give back: no "no duty to return or destroy". Once information or
// materials are kept secret too, the return duty is owed again. Both languages.
import { missesTopic, reviewAs } from '../../../support/review-as-side';

const zh = (secrecy: string) =>
  [
    '软件预装合作协议',
    '甲方：苏州云帆电脑有限公司',
    '乙方：杭州青禾软件有限公司',
    '一、甲方向乙方采购乙方软件的正版授权，预装于甲方生产的笔记本电脑中销售，不得单独销售。',
    '二、甲方按每套人民币三十元的单价向乙方支付费用，每月结算一次。',
    `三、${secrecy}`,
  ].join('\n');
const en = (secrecy: string) =>
  [
    'Software Preload Agreement between Lumen Devices Ltd ("Lumen") and Qingshan Software Co., Ltd. ("Qingshan").',
    '1. Lumen may preload the Qingshan software on the laptops it makes and sell it only with them.',
    '2. Lumen shall pay Qingshan USD 4 for each copy preloaded, monthly in arrears.',
    `3. ${secrecy}`,
  ].join('\n');
const missingReturn = (text: string, locale: 'en' | 'zh-CN') =>
  missesTopic(reviewAs(text, { scenario: 'exclusive-partnership', role: 'supplier', locale }).findings, 'return-or-destroy');

describe('only the agreement itself kept secret', () => {
  it('leaves nothing to return or destroy', () => {
    expect(missingReturn(zh('双方均应对本协议内容保守秘密，因泄露本协议内容造成对方损失的，应予赔偿。'), 'zh-CN')).toBe(false);
    expect(missingReturn(en('Each party shall keep the terms of this Agreement confidential.'), 'en')).toBe(false);
  });
  it('near misses: information or materials kept secret too still owe a return duty', () => {
    expect(missingReturn(zh('双方均应对本协议内容及对方提供的技术资料保守秘密。'), 'zh-CN')).toBe(true);
    expect(missingReturn(en("Each party shall keep the terms of this Agreement and the other party's pricing information confidential."), 'en')).toBe(true);
  });
});
