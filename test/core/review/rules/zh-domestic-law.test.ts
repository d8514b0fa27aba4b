// A contract between two Chinese parties, only in Chinese and with nothing foreign in it, is governed
// by PRC law whatever it says: a missing choice of law is a low note that says why. A deal that crosses
// a border (中外, a foreign party, an English text) keeps the point at the playbook's weight.
import { reviewAs } from '../../../support/review-as-side';

const missingLaw = (text: string, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  reviewAs(text, { scenario: 'custom-development', role: 'developer', locale }).findings.find(
    (f) => f.rule === 'missing' && f.topic === 'governing-law',
  );

const domestic = [
  '软件定制开发合同',
  '委托方（甲方）：苏州禾川仪表有限公司',
  '开发方（乙方）：合肥远帆信息技术有限公司',
  '第一条 开发内容',
  '1.1 乙方按甲方提出的需求为甲方开发一套仓储管理软件，甲方按本合同支付开发费人民币三十万元。',
  '第二条 成果归属',
  '2.1 乙方交付的软件著作权归甲方所有，乙方原有的技术和工具仍归乙方所有。',
  '第三条 争议解决',
  '3.1 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。',
].join('\n');

describe('no governing law in a domestic Chinese contract', () => {
  it('is a low note that says PRC law governs anyway', () => {
    const f = missingLaw(domestic);
    expect(f?.severity).toBe('low');
    expect(f?.message).toBe('缺少适用法律条款（本合同仍适用中国法律）');
    expect(f?.why).toContain('均适用中华人民共和国法律');
  });
  it('near miss: a Sino-foreign technology transfer written in Chinese keeps it at medium', () => {
    const transfer = [
      '中外技术转让合同',
      '受让方：常州恒岳机械有限公司（中国江苏常州）',
      '转让方：Lindqvist Hydraulik AB（瑞典哥德堡）',
      '第一条 转让内容',
      '1.1 转让方向受让方转让液压阀的设计和制造技术，受让方以美元支付转让费。',
      '第二条 争议解决',
      '2.1 因本合同发生的争议，提交中国国际经济贸易仲裁委员会仲裁。',
    ].join('\n');
    expect(missingLaw(transfer)?.severity).toBe('medium');
    // The same transfer between two Chinese companies, paid in renminbi, is domestic.
    const home = transfer.replace('中外技术转让合同', '技术转让合同').replace('Lindqvist Hydraulik AB（瑞典哥德堡）', '无锡澄江液压科技有限公司（中国江苏无锡）');
    expect(missingLaw(home.replace('美元', '人民币'))?.severity).toBe('low');
    expect(missingLaw(home)?.severity).toBe('medium');
    expect(missingLaw(domestic.replace('合肥远帆信息技术有限公司', '外方：Nordlicht Software GmbH'))?.severity).toBe('medium');
  });
  it('near miss: an English or bilingual draft is unchanged', () => {
    const english = [
      'SOFTWARE DEVELOPMENT AGREEMENT',
      'This Agreement is made between Suzhou Hechuan Instruments Co., Ltd. (the "Client") and Hefei Yuanfan Information Technology Co., Ltd. (the "Developer").',
      '1. The Developer shall develop warehouse management software for the Client, and the Client shall pay a fee of RMB 300,000.',
      '2. Copyright in the delivered software belongs to the Client.',
    ].join('\n');
    expect(missingLaw(english, 'en')?.severity).toBe('medium');
    expect(missingLaw(domestic)?.severity).toBe('low');
    expect(missingLaw(`${domestic}\n${english}`)?.severity).toBe('medium');
  });
});
