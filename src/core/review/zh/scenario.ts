import type { DocModel } from '../../document';
import type { ScenarioId } from '../../scenarios';

// Chinese agreement names, most specific deal first: 样品测试 before 开发, 委托开发 before 合作.
const TITLE_RULES: readonly [ScenarioId, RegExp][] = [
  ['sample-testing', /样品|样机|测试|试用|评估|评测|试验|材料转让/],
  ['custom-development', /委托开发|技术开发（委托）|技术开发\(委托\)|委托研究|定制开发|软件开发|开发服务|技术服务/],
  ['joint-development', /合作开发|联合开发|共同开发|技术开发（合作）|技术开发\(合作\)|合作研究|联合研发|研发合作|技术合作/],
  ['technology-license', /许可|技术转让|专利转让|技术秘密转让|专有技术/],
  ['exclusive-partnership', /经销|代理|分销|供货|供应|独家|销售合作/],
  ['pre-deal-disclosure', /保密/],
];
const TITLE = /^[^。；，,]{2,40}(?:合同|协议|协议书|合同书)$/;

/** The deal from a Chinese agreement's name on its first lines: 样品测试协议, 技术开发（委托）合同. */
export function chineseTitleScenario(doc: DocModel): { scenario: ScenarioId; title: string; cue: string } | undefined {
  for (const p of doc.paragraphs.slice(0, 8)) {
    const title = p.text.replace(/\s+/g, '');
    if (!TITLE.test(title)) continue;
    for (const [scenario, pattern] of TITLE_RULES) {
      const m = pattern.exec(title);
      if (m) return { scenario, title, cue: m[0] };
    }
    return undefined;
  }
  return undefined;
}
