// A Chinese breach clause that binds whichever side breaches (违约方应当赔偿…, 任何一方违反…应支付违约金)
// makes our side pay too: where we develop and nothing caps what we pay, that is the uncapped liability
// counsel raises. A clause that names the other side as the one that pays is not ours.
import { reviewAs } from '../../../support/review-as-side';

const contract = (clause: string) =>
  [
    '技术开发（委托）合同',
    '委托方（甲方）：杭州云栈物流有限公司',
    '研究开发方（乙方）：南京启衡软件科技有限公司',
    '第一条 乙方为甲方开发仓储调度软件，并在验收合格后交付源代码。',
    '第二条 甲方在验收合格后十日内向乙方支付开发费人民币八十万元。',
    `第三条 ${clause}`,
    '第四条 本合同适用中华人民共和国法律，争议提交杭州仲裁委员会仲裁。',
  ].join('\n');
const uncapped = (text: string) =>
  reviewAs(text, { scenario: 'custom-development', role: 'developer', locale: 'zh-CN' }).findings.some(
    (f) => f.rule === 'one-sided.no-liability-cap',
  );

describe('a Chinese breach clause for whichever side breaches, with no cap', () => {
  it('is our uncapped liability, unless it names the customer as the one that pays or is capped', () => {
    expect(uncapped(contract('任何一方违反本合同约定的，违约方应当赔偿守约方因此遭受的全部损失。'))).toBe(true);
    expect(uncapped(contract('违约方应当按照本合同约定承担违约责任。'))).toBe(true);
    expect(uncapped(contract('任何一方违反本合同约定的，甲方应当赔偿乙方因此遭受的全部损失。'))).toBe(false);
    expect(uncapped(contract('违约方应当赔偿守约方的损失，但赔偿总额不超过本合同开发费总额。'))).toBe(false);
  });
  it('reads a sentence a line break cuts in two, but not a clause that opens on the next line', () => {
    expect(uncapped(contract('违反本合同约定的，违约方应当依照《中华人民共和国民法典》第五百七十七条至第五百\n八十四条的规定，承担违约责任。'))).toBe(true);
    expect(uncapped(contract('违反本合同约定的，违约方应当依照下列规定处理\n（一）逾期付款的，应当按日支付违约金。'))).toBe(false);
  });
  it('reads a deduction from our fee for each period of delay as what we pay, but not a tax withheld', () => {
    expect(uncapped(contract('乙方未能按期交付的，每逾期一周，扣减乙方开发费的百分之二。'))).toBe(true);
    expect(uncapped(contract('乙方每推迟一个月完成，倒扣乙方开发费的百分之五。'))).toBe(true);
    expect(uncapped(contract('乙方取得的开发费应依法扣除相关税费。'))).toBe(false);
  });
});
