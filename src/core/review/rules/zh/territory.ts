import type { Rule } from '../../context';
import { G } from '../../topics/zh/words';
import { finding } from '../finding';
import { chinaTerritoryFinding } from '../territory';
import { groupedEvidence, hits } from '../text';
import { anyMatching } from '../sentence-gate';

// The territory as a term: 在区域内, 许可区域, 该地域以外.
const TERM = /(?:许可|授权|经销|销售|代理|独家|合同|约定|指定)?(?:区域|地域)/g;
const AS_TERM_BEFORE = /(?:在|于|该|本|上述|前述|约定的?|指定的?)$/;
const AS_TERM_AFTER = /^(?:内|以外|之外|外|范围内)/;
/**
 * 区域 in its ordinary sense: bare, unqualified, describing where people or things are (专人及区域内的
 * 门店店长), with no right, bar or exclusivity in the clause. "在区域内销售" places an act and stays a use.
 */
const ORDINARY = /^内的/;
const RIGHT_OR_BAR = /独家|排他|独占|授权|许可|经销|代理|分销|不得|只能|仅|限于/;
/** A definition of it: “区域”是指…, 许可地域：…, 经销区域为…. */
const DEFINED = new RegExp(
  `[“"「][^”"」]{0,6}(?:区域|地域)[”"」]${G(12)}(?:是指|系指|指的是|意指|指|为|包括|限于)|(?:区域|地域)(?:范围)?(?:是指|系指|指的是|意指|为|限于|包括|[：:])`,
);

/** The territory used as a term and never defined. */
export const territoryUndefinedZh: Rule = (ctx) => {
  if (anyMatching(ctx.sentences, DEFINED)) return [];
  const uses = hits(ctx, TERM, (h) => {
    const text = h.sentence.text;
    const before = AS_TERM_BEFORE.test(text.slice(Math.max(0, h.index - 4), h.index));
    const after = text.slice(h.index + h.text.length);
    if (!before && h.text.length === 2 && ORDINARY.test(after) && !RIGHT_OR_BAR.test(clauseAround(text, h.index))) return false;
    return before || AS_TERM_AFTER.test(after);
  });
  if (uses.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'ambiguous.territory-undefined',
      key: 'ambiguous.territory-undefined-zh',
      topic: 'territory',
      severity: 'medium',
      kind: 'ambiguous',
      params: { term: uses[0]!.text },
      evidence: groupedEvidence(uses),
    }),
  ];
};

const CHINA = /中华人民共和国|中国(?!大陆|内地)|大中华区|大中华地区|我国/g;
/** China as a law, a court, an address or a list: 适用中华人民共和国法律, 中国国际经济贸易仲裁委员会. */
const NOT_TERRITORIAL = /法律|法规|法院|仲裁|住所|地址|注册|设立|成立|依照|根据|民法典|遵守|出口|目录|条例/;
/** Hong Kong, Macau and Taiwan named, in or out, or the territory confined to the mainland. */
const SETTLED = /香港|澳门|台湾|港澳台|港澳|中国大陆|中国内地|大陆地区|内地地区/;
const ADDRESS = /住所|地址|注册地/;

/**
 * China that names no place where rights run: a party's name or nationality (中国××公司, 中国某某厂,
 * 中国电子集团) and a qualifier of standards (中国的设计标准, 中国国家标准). Read from the hit on, so
 * 中国境内的其他公司 stays a place.
 */
const NOT_A_PLACE = /^(?:[^，。；、：:\s的境内区域地市]{0,20}(?:有限公司|公司|厂|集团|银行)|的?(?:国家|行业|设计|技术|有关)?(?:标准|规范))/;
/**
 * A right that runs in China, read in the clause that names China (between commas): 在中国境内制造和销售,
 * 销售区域为中国. Not a cost or an act done there (在中国境内发生的银行费用, 在中国境内的场所安装设备), nor
 * 许可 and 授权 in a party's name (被许可方) or a signatory's title (授权代表), nor a tax (销售税, 使用税).
 */
const RIGHTS_HERE = /区域|地域|销售(?!税)|经销|代理|独家|独占|许可(?![方人])|授权(?!代表)|使用(?![税费])|实施|市场|制造|生产|分销|范围/;
/** Taxes borne in China are no territory: 在中国境内取得的收入应按中国税法缴税. */
const TAX = /税(?:款|收|法|费)|纳税|缴税|关税|增值税|所得税|销售税/;

/** The clause around a hit: from the comma, full stop or semicolon before it to the one after. */
function clauseAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('，', at), text.lastIndexOf('。', at), text.lastIndexOf('；', at)) + 1;
  const ends = [text.indexOf('，', at), text.indexOf('。', at), text.indexOf('；', at)].filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

/** China as a territory without saying whether Hong Kong, Macau and Taiwan are in it. */
export const chinaTerritoryZh: Rule = (ctx) => {
  if (anyMatching(ctx.sentences, SETTLED, (s) => !ADDRESS.test(s.text))) return [];
  const uses = hits(ctx, CHINA, (h) => {
    const text = h.sentence.text;
    if (NOT_TERRITORIAL.test(text) || TAX.test(text)) return false;
    if (NOT_A_PLACE.test(text.slice(h.index + h.text.length, h.index + h.text.length + 24))) return false;
    return RIGHTS_HERE.test(clauseAround(text, h.index));
  });
  return chinaTerritoryFinding(ctx, uses);
};
