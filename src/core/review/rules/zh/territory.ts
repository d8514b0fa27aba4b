import type { Rule } from '../../context';
import { G } from '../../topics/zh/words';
import { finding } from '../finding';
import { chinaTerritoryFinding } from '../territory';
import { groupedEvidence, hits } from '../text';

// The territory as a term: 在区域内, 许可区域, 该地域以外.
const TERM = /(?:许可|授权|经销|销售|代理|独家|合同|约定|指定)?(?:区域|地域)/g;
const AS_TERM_BEFORE = /(?:在|于|该|本|上述|前述|约定的?|指定的?)$/;
const AS_TERM_AFTER = /^(?:内|以外|之外|外|范围内)/;
/** A definition of it: “区域”是指…, 许可地域：…, 经销区域为…. */
const DEFINED = new RegExp(
  `[“"「][^”"」]{0,6}(?:区域|地域)[”"」]${G(12)}(?:是指|系指|指的是|意指|指|为|包括|限于)|(?:区域|地域)(?:范围)?(?:是指|系指|指的是|意指|为|限于|包括|[：:])`,
);

/** The territory used as a term and never defined. */
export const territoryUndefinedZh: Rule = (ctx) => {
  if (ctx.sentences.some((s) => DEFINED.test(s.text))) return [];
  const uses = hits(ctx, TERM, (h) => {
    const text = h.sentence.text;
    return AS_TERM_BEFORE.test(text.slice(Math.max(0, h.index - 4), h.index)) || AS_TERM_AFTER.test(text.slice(h.index + h.text.length));
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
/** China as a place where rights run. */
const TERRITORIAL = /区域|地域|地区|境内|销售|经销|代理|独家|独占|许可|授权|实施|市场|制造|生产|分销|范围/;
/** China as a law, a court, an address or a list: 适用中华人民共和国法律, 中国国际经济贸易仲裁委员会. */
const NOT_TERRITORIAL = /法律|法规|法院|仲裁|住所|地址|注册|设立|成立|依照|根据|民法典|遵守|出口|目录|条例/;
/** Hong Kong, Macau and Taiwan named, in or out, or the territory confined to the mainland. */
const SETTLED = /香港|澳门|台湾|港澳台|港澳|中国大陆|中国内地|大陆地区|内地地区/;
const ADDRESS = /住所|地址|注册地/;

/** China as a territory without saying whether Hong Kong, Macau and Taiwan are in it. */
export const chinaTerritoryZh: Rule = (ctx) => {
  if (ctx.sentences.some((s) => SETTLED.test(s.text) && !ADDRESS.test(s.text))) return [];
  return chinaTerritoryFinding(ctx, hits(ctx, CHINA, (h) => TERRITORIAL.test(h.sentence.text) && !NOT_TERRITORIAL.test(h.sentence.text)));
};
