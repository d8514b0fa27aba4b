import { fromText, review } from '../../../src/core/review';
import type { RoleId } from '../../../src/core/scenarios';
import { library, playbooks } from '../../support/review-as-side';

// The Civil Code's contract kinds, read from a Chinese draft's title and clauses, decide which of the
// development checklist applies: a secondment of engineers makes nothing, a consultant keeps what it
// brings (art. 885), a customer that has goods made to its drawings takes goods, not technology.
// Built on the shipped playbooks; the sentences are our own.
const missing = (role: RoleId, lines: string[]) =>
  review(fromText(lines.join('\n')), { scenario: 'custom-development', role, library, playbooks })
    .findings.filter((f) => f.rule === 'missing' && f.severity !== 'info')
    .map((f) => `${f.topic}:${f.severity}`);

describe('Chinese deal kinds and the development checklist', () => {
  const parties = '委托单位：＿＿＿＿有限公司（以下简称甲方）\n受托单位：＿＿＿＿科技有限公司（以下简称乙方）';
  const law = '本合同适用中华人民共和国法律。因本合同引起的争议，提交上海国际仲裁中心仲裁。';

  describe('a secondment of engineers', () => {
    const staff = [
      '现场技术支持合同',
      parties,
      '乙方选派三名工程师到甲方工厂，在甲方安排下从事设备调试的现场支持工作，为期六个月。',
      '甲方按每人每月人民币四万元向乙方支付服务费，并负担派驻人员的食宿和往返交通费用。',
      '派驻人员在甲方工厂期间应遵守甲方的厂规和安全制度。',
      law,
    ];
    it('is not asked who owns results or background, nor for a confidentiality term; engineers who develop software are', () => {
      const raised = missing('developer', staff);
      expect(raised.filter((t) => /^(?:background-ip|foreground-ip|confidentiality):/.test(t))).toEqual([]);
      const develops = missing('developer', [...staff.slice(0, 2), '乙方选派三名工程师到甲方工厂，为甲方开发生产线控制软件并交付源代码。', ...staff.slice(3)]);
      expect(develops).toEqual(expect.arrayContaining(['background-ip:medium', 'foreground-ip:medium', 'confidentiality:medium']));
    });
  });

  describe('a technical service across the border', () => {
    const service = [
      '技术服务合同',
      '委托方（甲方）：柏林精工机械有限公司（一家依照德国法律设立的公司）\n服务方（乙方）：苏州澄明自动化科技有限公司',
      '乙方派员到甲方在德国的工厂，为甲方新装的包装生产线提供调试和故障排除的技术服务，并对甲方的操作人员进行技术培训。',
      '甲方在服务完成后三十日内向乙方支付服务费欧元八万元。',
      law,
    ];
    it('keeps export control on the checklist (a technical service is a technology export), and no more of the technology items', () => {
      expect(missing('developer', service)).toContain('export-control:low');
      expect(missing('developer', service)).not.toContain('confidentiality:medium');
      expect(missing('customer', service)).not.toContain('background-license:medium');
    });
  });

  describe('a technology consulting contract, for the consultant', () => {
    const consulting = [
      '技术咨询合同',
      '委托方（甲方）：＿＿＿＿有限公司\n顾问方（乙方）：＿＿＿＿咨询有限公司',
      '乙方就甲方新建锂电池生产线的技术方案进行可行性论证和调查研究，并向甲方出具咨询报告。',
      '甲方应在合同生效后十日内向乙方提供生产线的设计资料和工艺参数。',
      '甲方在乙方交付咨询报告后十五日内支付咨询费人民币二十万元。',
      law,
    ];
    it('weighs what the consultant brings as a note, not in a development contract for the same work', () => {
      expect(missing('developer', consulting)).toContain('background-ip:low');
      const development = ['技术开发（委托）合同', ...consulting.slice(1, 2), '乙方为甲方开发锂电池生产线的控制软件，并向甲方交付软件及源代码。', ...consulting.slice(3)];
      expect(missing('developer', development)).toContain('background-ip:medium');
    });
  });

  describe('a work contract, for the customer that has goods made to its drawings', () => {
    const made = [
      '加工承揽合同',
      '定作方（甲方）：＿＿＿＿电子有限公司\n承揽方（乙方）：＿＿＿＿精密制造有限公司',
      '乙方按照甲方提供的图纸和技术要求加工充电器外壳一万件，并于2027年3月31日前交付甲方。',
      '甲方在验收合格后三十日内支付加工费。',
      '双方应对在履行本合同中知悉的对方技术资料和商业信息保密，不得向第三方披露，且仅为履行本合同而使用。',
      law,
    ];
    it('asks for no licence to the maker\'s technology, and still who owns what is made; a software buyer is asked', () => {
      const raised = missing('customer', made);
      expect(raised.some((t) => t.startsWith('background-license:'))).toBe(false);
      expect(raised.some((t) => t.startsWith('foreground-ip:'))).toBe(true);
      const software = missing('customer', ['软件开发合同', made[1]!, '乙方按照甲方提供的规格开发充电管理软件，并将乙方已有的软件模块嵌入其中交付甲方。', ...made.slice(3)]);
      expect(software.some((t) => t.startsWith('background-license:'))).toBe(true);
    });
    it('weighs who owns what is made at medium, not high: the goods are ours by the order, the maker\'s changes are what is open', () => {
      expect(missing('customer', made)).toContain('foreground-ip:medium');
      const software = missing('customer', ['软件开发合同', made[1]!, '乙方按照甲方提供的规格开发充电管理软件，并向甲方交付源代码。', ...made.slice(3)]);
      expect(software).toContain('foreground-ip:high');
    });
  });
});
