// Chinese forms name the parties by the roles of their kind of contract: 委托方 and 顾问方 in technical
// consulting, 委托方 and 服务方 in technical services, 定作方 and 承揽方 in work made to order. A form may
// head each party with its role and set its letter on the line below, before the blank for the name.
import { buildContext, fromText, review } from '../../../src/core/review';
import { draftParties } from '../../../src/core/fix';
import { library, playbooks } from '../../support/review-as-side';

const as = (role: 'developer' | 'customer') => ({ scenario: 'custom-development', role, library, playbooks }) as const;
const sides = (lines: string[], role: 'developer' | 'customer') => draftParties(buildContext(fromText(lines.join('\n')), as(role)).ctx);

const CONSULTING = [
  '技术咨询合同',
  '项目名称：＿＿＿＿＿＿',
  '委托方：',
  '（甲方）＿＿＿＿＿＿＿＿',
  '顾问方：',
  '（乙方）＿＿＿＿＿＿＿＿',
  '签订日期： 年 月 日',
  '一、咨询的内容：对甲方生产线的改造方案进行可行性论证。',
  '二、甲方应在合同生效后十日内向乙方提供生产线的技术资料。',
  '三、乙方应在六十日内向甲方提交咨询报告。',
];

describe('a role heading with the letter on the line below', () => {
  it('gives the party its letter, placed by the role: the consultant develops, the client commissions', () => {
    expect(sides(CONSULTING, 'developer')).toEqual({ A: '乙方', B: '甲方' });
    expect(review(fromText(CONSULTING.join('\n')), as('developer')).parties).toEqual({ ours: '顾问方 (乙方)', theirs: '委托方 (甲方)' });
  });

  it('a technical-services form names the one that serves 服务方', () => {
    const service = CONSULTING.map((l) => l.replace('顾问方', '服务方').replace('技术咨询合同', '技术服务合同'));
    expect(sides(service, 'developer')).toEqual({ A: '乙方', B: '甲方' });
  });
});

describe('work made to order: 定作方 and 承揽方', () => {
  const ORDER = [
    '加工承揽合同',
    '承揽方：＿＿＿＿＿＿＿＿',
    '定作方：＿＿＿＿＿＿＿＿',
    '定作方委托承揽方加工电机外壳，经双方协商，订立本合同。',
    '第一条 定作方向承揽方提供图纸和模具。',
    '第二条 承揽方应当按照图纸加工，并于三十日内交付。',
  ];

  it('the customer that has goods made to its drawings is the 定作方, the maker the 承揽方', () => {
    expect(sides(ORDER, 'customer')).toEqual({ A: '承揽方', B: '定作方' });
    expect(review(fromText(ORDER.join('\n')), as('customer')).parties).toEqual({ ours: '定作方', theirs: '承揽方' });
  });
});

describe('甲方委托乙方 … 加工: the one commissioned makes', () => {
  const PROCESSING = [
    '来料加工合同',
    '订约人：',
    '青屿电子有限公司（以下简称甲方）',
    'Marlow Instruments Ltd.（以下简称乙方）',
    '兹经双方同意，甲方委托乙方在＿＿＿＿＿＿加工船用罗盘，所需零件由甲方提供，其条款如下：',
    '1. 乙方应当按照甲方的样品加工。',
    '2. 甲方应当按月支付加工费。',
  ];

  it('places the maker as the developer and the one that commissions as the customer', () => {
    expect(sides(PROCESSING, 'developer')).toEqual({ A: '乙方', B: '甲方' });
  });
});
