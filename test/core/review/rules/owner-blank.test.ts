// Who owns the results written as a blank to fill in (技术成果归＿＿所有, "owned by ________") is a
// medium point (low for the developer, whom the law favours): it allocates nothing until filled in. A named owner, or a blank elsewhere (a fee), is not.
import { fromText, review } from '../../../../src/core/review';

const raised = (...lines: string[]) => raisedFor('customer', ...lines);
const raisedFor = (role: 'customer' | 'developer', ...lines: string[]) =>
  review(fromText(lines.join('\n')), { scenario: 'custom-development', role })
    .findings.filter((f) => f.rule === 'ambiguous.owner-blank')
    .map((f) => `${f.severity} ${f.topic}`);

const zhForm = (term: string) => [
  '委托研究合同',
  '委托方：苏州砺川传感技术有限公司',
  '研究开发方：华东某材料研究所',
  '第一条 研究开发方为委托方研究柔性压力传感器的封装工艺，并提交研究报告。',
  '第二条 委托方应于合同生效后十日内支付研究经费人民币＿＿＿＿元。',
  term,
];
const enForm = (term: string) => [
  'Development Agreement',
  'This Agreement is made between Lanxi Robotics Co., Ltd. ("Customer") and Orbisoft GmbH ("Developer").',
  'Developer shall develop the motion control firmware described in Schedule A and deliver it to Customer.',
  term,
];

describe('the owner of the results left blank', () => {
  it('is raised where a Chinese form leaves the owner a blank line or ideographic spaces', () => {
    expect(raised(...zhForm('第三条 本项目完成后的技术成果归＿＿＿＿＿所有。'))).toEqual(['medium foreground-ip']);
    expect(raised(...zhForm('第三条 研究成果的专利申请权属于　　　　方所有。'))).toEqual(['medium foreground-ip']);
  });
  it('is raised where an English form leaves the owner blank', () => {
    expect(raised(...enForm('All Deliverables and related intellectual property shall be owned by ______________.'))).toEqual(['medium foreground-ip']);
  });
  it('is low for the developer, to whom the law gives commissioned results where the owner is left blank', () => {
    expect(raisedFor('developer', ...zhForm('第三条 本项目完成后的技术成果归＿＿＿＿＿所有。'))).toEqual(['low foreground-ip']);
  });
  it('gives the PRC rule as an example of what the law may decide, not as the result for every draft', () => {
    const why = (lines: string[], locale: 'zh-CN' | 'en') =>
      review(fromText(lines.join('\n')), { scenario: 'custom-development', role: 'customer', locale }).findings.find((f) => f.rule === 'ambiguous.owner-blank')?.why ?? '';
    expect(why(enForm('All Deliverables and related intellectual property shall be owned by ______________.'), 'en')).toMatch(/under PRC law, for example, the right to patent/);
    expect(why(zhForm('第三条 本项目完成后的技术成果归＿＿＿＿＿所有。'), 'zh-CN')).toMatch(/成果归属由法律决定：例如依照中国法律/);
  });
  it('near misses: a named owner, or a blank that is not the owner, is not this point', () => {
    expect(raised(...zhForm('第三条 本项目完成后的技术成果归委托方所有。'))).toEqual([]);
    expect(raised(...enForm('All Deliverables shall be owned by Customer on payment of the fee of USD ________.'))).toEqual([]);
  });
});
