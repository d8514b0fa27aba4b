import type { DocModel } from '../../document';
import type { ScenarioId } from '../../scenarios';

// Chinese agreement names, most specific deal first: 样品测试 before 开发, 委托开发 before 合作.
const TITLE_RULES: readonly [ScenarioId, RegExp][] = [
  ['sample-testing', /样品|样机|测试|试用|评估|评测|试验|材料转让/],
  // 委托技术开发合同 and 委托研制合同 name the same deal as 委托开发合同.
  ['custom-development', /委托(?:技术)?开发|技术开发（委托）|技术开发\(委托\)|委托研究|委托研制|定制开发|软件开发|开发服务|技术服务/],
  ['joint-development', /合作(?:技术)?开发|联合开发|共同开发|技术开发（合作）|技术开发\(合作\)|合作研究|联合研发|研发合作|技术合作/],
  ['technology-license', /许可|技术转让|专利转让|技术秘密转让|专有技术/],
  // A software bundling or preinstall agreement (软件捆绑、预装协议) puts the supplier's copies in the
  // maker's products for sale: a distribution, like 经销.
  ['exclusive-partnership', /经销|代理|分销|供货|供应|独家|销售合作|捆绑|预装/],
  ['pre-deal-disclosure', /保密/],
];
const TITLE = /^[^。；，,]{2,40}(?:合同|协议|协议书|合同书)$/;

// Where no line is a title, the name the opening gives the agreement itself: "本《…协议》",
// "达成如下《…协议》". A name in 《》 after other words (遵循《…》) is another document's.
const SELF_NAMED = /(?:(?:^|[，。；：\s])本|(?:达成|订立|签订|签署)(?:如下|以下|本)?)《([^《》]{2,40}?(?:合同|协议|协议书|合同书))》/;

/** The deal from a Chinese agreement's name on its first lines: 样品测试协议, 技术开发（委托）合同. */
export function chineseTitleScenario(doc: DocModel): { scenario: ScenarioId; title: string; cue: string } | undefined {
  const title = chineseTitle(doc);
  if (title === undefined) return undefined;
  for (const [scenario, pattern] of TITLE_RULES) {
    const m = pattern.exec(title);
    if (m) return { scenario, title, cue: m[0] };
  }
  return undefined;
}

/** A Chinese agreement's own name: a title line among the first, or the name its opening gives it. */
export function chineseTitle(doc: DocModel): string | undefined {
  const opening = doc.paragraphs.slice(0, 8);
  const line = opening.map((p) => p.text.replace(/\s+/g, '')).find((t) => TITLE.test(t));
  return line ?? opening.map((p) => SELF_NAMED.exec(p.text.slice(0, 400))?.[1]).find((t) => t !== undefined)?.replace(/\s+/g, '');
}
