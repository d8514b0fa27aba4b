import type { Rule } from '../context';
import { crossesBorder, lawCountry } from '../places';
import { arbitrationFix } from './arbitration-fix';
import { G } from '../topics/zh/words';
import { finding } from './finding';
import { groupedEvidence, hits, zhHits } from './text';

// Either forum at a party's choice (或裁或诉): 可以向仲裁委员会申请仲裁，也可以向人民法院起诉; 提交仲裁机构或
// 有关法院解决; 向法院起诉或申请仲裁. A submission verb is required: 仲裁费或诉讼费 and 正在进行仲裁或诉讼 choose nothing.
const OR = '(?:或者?|或是|或可|也可以?|亦可|也可直接|或直接)';
const ZH_EITHER = new RegExp(
  `或裁或诉|(?:提交|申请|提请|诉诸|提起|交由|交付)${G(24)}仲裁(?:机构|委员会|庭)?${G(12)}${OR}${G(20)}(?:法院|起诉|诉讼|司法程序)` +
    `|(?:向${G(20)}法院(?:起诉|提起诉讼)|提起诉讼)${G(6)}${OR}${G(20)}(?:申请|提交|提请)${G(20)}仲裁`,
  'g',
);
const ZH_EITHER_ONE = new RegExp(ZH_EITHER.source);

/** Whether a Chinese sentence offers arbitration or the courts at a party's choice. */
export function eitherForum(text: string): boolean {
  return ZH_EITHER_ONE.test(text) && !ZH_ANCILLARY.test(text);
}

// Courts that back an arbitration (保全, 执行, 撤销) compete with none.
const ZH_ANCILLARY = /保全|执行|撤销|禁令|临时措施|确认仲裁协议/;

/**
 * Whether the courts a match offers only back the arbitration: the match ends at 法院, so what is
 * asked of them (…向有管辖权的法院申请财产保全) is read in the rest of its clause.
 */
function ancillaryCourt(text: string, end: number, match: string): boolean {
  const rest = text.slice(end, end + 40);
  const stop = rest.search(/[，。；,;]/);
  return ZH_ANCILLARY.test(match + (stop < 0 ? rest : rest.slice(0, stop)));
}

// "either Party may submit the dispute to arbitration or bring proceedings before the courts", "either
// arbitration or litigation": a choice left open, not courts kept for interim relief or the award.
const EN_EITHER =
  /\barbitration\s+(?:\w+\s+){0,6}?or\s+(?:\w+\s+){0,3}?(?:litigation|(?:competent\s+|the\s+|a\s+|any\s+)?(?:people's\s+)?courts?\b(?!\s+costs)|(?:bring|file|institute|commence)\s+(?:a\s+|an\s+)?(?:suit|lawsuit|action|proceedings))|\b(?:litigation|(?:bring|file)\s+(?:a\s+)?(?:suit|lawsuit))\s+or\s+(?:\w+\s+){0,3}?arbitration\b/gi;
const EN_CHOICE = /\b(?:may|either|elect|option|choose|choice|submit\w*|refer\w*|resolved|settled)\b/i;
const EN_ANCILLARY = /\b(?:injunct\w*|interim|provisional|enforce\w*|award|costs?|fees|expenses|pending|in\s+aid\s+of)\b/i;
const PRC = /\b(?:People's\s+Republic\s+of\s+China|PRC|Chinese|China|Mainland)\b|中华人民共和国|中国(?!香港|澳门|台湾)/;


/**
 * 或裁或诉: a clause that lets a party either arbitrate or sue. Under PRC law such an agreement to
 * arbitrate is invalid (Supreme People's Court interpretation on the Arbitration Law, unless
 * the other side fails to object before the first hearing), so the dispute ends up in court, and a
 * court judgment is far harder to enforce abroad than an award. Read wherever PRC law decides the
 * contract, or in a Chinese draft that chooses no other law. Weightier across a border, where losing
 * the award costs its enforcement abroad, than in a domestic deal that lands in a Chinese court anyway.
 */
export const arbitrationOrCourt: Rule = (ctx) => {
  if (!ctx.role) return [];
  const law = lawCountry(ctx);
  if (law !== undefined && law !== 'CN') return [];
  const zh = zhHits(ctx, ZH_EITHER, (h) => !ancillaryCourt(h.sentence.text, h.index + h.match[0].length, h.match[0]));
  const en =
    zh.length > 0
      ? []
      : hits(ctx, EN_EITHER, (h) => EN_CHOICE.test(h.sentence.text) && !EN_ANCILLARY.test(h.sentence.text.slice(Math.max(0, h.index - 30), h.index + h.match[0].length + 20)) && (law === 'CN' || PRC.test(h.sentence.text)));
  const found = zh.length > 0 ? zh : en;
  if (found.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'ambiguous.arbitration-or-court',
      topic: 'dispute-resolution',
      severity: crossesBorder(ctx) ? 'medium' : 'low',
      kind: 'ambiguous',
      evidence: groupedEvidence(found),
      ...arbitrationFix(ctx),
    }),
  ];
};
