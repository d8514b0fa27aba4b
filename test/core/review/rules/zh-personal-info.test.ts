// Customers' personal information we hand to a dealer, with nothing on how it is kept, is a point under
// the Personal Information Protection Law; the orders become the dealer's own records of its sales, so
// a return-or-destroy duty is not what to ask for. Our own sentences, for a platform that sends its
// users' orders to the shops that sell to them.
import { reviewAs } from '../../../support/review-as-side';

const contract = (...clauses: string[]) =>
  [
    '平台商户合作协议',
    '供应方：苏州栖木网络科技有限公司（以下简称甲方）',
    '经销商：苏州恒远家具销售有限公司（以下简称乙方）',
    '一、甲方通过其装修设计平台向用户推荐乙方门店的家具，乙方按成交金额的百分之五向甲方支付推荐服务费。',
    '二、甲方应将用户的订单及联系方式通过平台推送至乙方的商户后台。',
    '三、乙方负责向用户交付家具，并处理用户的售后问题。',
    '四、双方应对在合作过程中知悉的对方商业秘密和保密信息承担保密义务，未经对方书面同意不得向任何第三方披露，且仅为本协议目的使用。',
    ...clauses,
    '五、本协议适用中华人民共和国法律，争议由甲方所在地人民法院管辖。',
  ].join('\n');
const found = (text: string) =>
  reviewAs(text, { scenario: 'exclusive-partnership', role: 'supplier', locale: 'zh-CN' })
    .findings.filter((f) => f.severity === 'medium' || f.severity === 'high')
    .map((f) => `${f.rule}/${f.topic}`);

describe('customers\' personal information handed to a dealer, in Chinese', () => {
  it('is raised where nothing says how it is kept, in place of a return duty; not where the draft protects it, nor for price lists lent', () => {
    const bare = found(contract());
    expect(bare).toContain('missing.personal-information/confidentiality');
    expect(bare).not.toContain('missing/return-or-destroy');
    const kept = found(contract('乙方应对甲方推送的用户个人信息采取安全保护措施，不得向任何第三方提供，并在售后服务期满后删除。'));
    expect(kept).not.toContain('missing.personal-information/confidentiality');
    // A dealer handed our price lists and brochures, not customers' orders, is still asked to return them.
    const lent = contract().replace('二、甲方应将用户的订单及联系方式通过平台推送至乙方的商户后台。', '二、甲方应向乙方提供产品价格表和宣传资料。');
    const raised = found(lent);
    expect(raised).not.toContain('missing.personal-information/confidentiality');
    expect(raised).toContain('missing/return-or-destroy');
  });
  it('explains the consent owed to the people (PIPL art. 23), and supervision only where the other side processes for us (art. 21)', () => {
    const why = (locale: 'zh-CN' | 'en') =>
      reviewAs(contract(), { scenario: 'exclusive-partnership', role: 'supplier', locale }).findings.find(
        (f) => f.rule === 'missing.personal-information',
      )?.why ?? '';
    expect(why('zh-CN')).toMatch(/单独同意（第二十三条）；接收方对其自身的处理活动负责。对方代我方处理/);
    expect(why('zh-CN')).not.toMatch(/就对方对这些信息的处理向信息主体负责/);
    expect(why('en')).toMatch(/separate consent \(art\. 23\); the recipient then answers for its own processing\. Where the other side processes it on your behalf/);
  });
  it('is not raised for the contact details of a party\'s own contact person', () => {
    const contact = contract().replace('二、甲方应将用户的订单及联系方式通过平台推送至乙方的商户后台。', '二、甲方应向乙方提供其项目联系人的姓名及联系方式。');
    expect(found(contact)).not.toContain('missing.personal-information/confidentiality');
  });
});
