// A commissioned development under PRC law that says nothing of who owns the results: silence leaves
// the patent-application right with the developer (Civil Code art. 859), so for the developer the gap
// is a note with no customer-ownership clause offered; for the customer, and across a border, it stays.
// The customer's own improvements stay its own when nothing is agreed (art. 875): a note for it.
import { fromText, review } from '../../../../src/core/review';
import type { RoleId } from '../../../../src/core/scenarios';
import { library, playbooks } from '../../../support/review-as-side';

const DRAFT = [
  '委托开发合同',
  '委托方（甲方）：宁波澄湖电器有限公司',
  '研究开发方（乙方）：杭州栖云算法科技有限公司',
  '第一条 开发内容',
  '1.1 甲方委托乙方开发洗衣机变频控制软件，乙方应于2026年9月30日前交付软件及技术文档。',
  '第二条 费用',
  '2.1 甲方应在验收合格后十五日内向乙方支付开发费用人民币八十万元。',
  '第三条 争议解决',
  '3.1 因本合同发生的争议，双方协商不成的，提交杭州仲裁委员会仲裁。',
].join('\n');

const results = (text: string, role: RoleId) =>
  review(fromText(text), { scenario: 'custom-development', role, library, playbooks }).findings.find((f) => f.rule === 'missing' && f.topic === 'foreground-ip');

describe('ownership of results left out of a PRC commissioned development', () => {
  it('is a note for the developer, with no customer-ownership clause offered', () => {
    const found = results(DRAFT, 'developer');
    expect(found?.severity).toBe('low');
    expect(found?.message).toBe('Nothing says who owns the results (PRC law leaves them with you)');
    expect(found?.why).toContain('Civil Code art. 859');
    expect(found?.fix).toBeUndefined();
  });

  it('stays a finding for the customer, and for a developer whose deal crosses a border', () => {
    expect(results(DRAFT, 'customer')?.severity).not.toBe('low');
    const abroad = DRAFT.replace('人民币八十万元', '十二万美元');
    expect(results(abroad, 'developer')?.message).toBe('Nothing says who owns the results');
  });
});

describe('improvements left out of a PRC commissioned development, for the commissioning side', () => {
  const improvements = (text: string) =>
    review(fromText(text), { scenario: 'custom-development', role: 'customer', library, playbooks }).findings.find((f) => f.rule === 'missing' && f.topic === 'improvements');
  // The results' owner is a blank (its own point), so improvements are asked on their own.
  const owned = DRAFT.replace('第二条 费用', '1.2 本项目完成后的技术成果归＿＿＿＿所有。\n第二条 费用');
  it('is a note where the deal is Chinese, and stays medium across a border', () => {
    expect(improvements(owned)?.severity).toBe('low');
    expect(improvements(owned.replace('人民币八十万元', '十二万美元'))?.severity).toBe('medium');
  });
});
