import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide } from './side';
import { groupedEvidence, hitsWhere, inHeading, type Hit } from './text';

// A size past which the licence stops: "more than 700 million monthly active users", "exceeds 100,000
// devices", "annual revenue above USD 1,000,000". The figure is read first, then what it counts.
const SIZE =
  /\b(?:exceed\w*|more\s+than|over|above|greater\s+than|in\s+excess\s+of|at\s+least)\s+(?:US\$|USD|\$|EUR|€|RMB|CNY)?\s?\d[\d,.]{0,15}\s*(?:million|billion|thousand|[MK]\b)?\s*(?:(?:monthly|daily|weekly|annual|yearly)\s+)?(?:active\s+)?(?:users?|devices?|units?|installations?|end[\s-]users?|customers?|subscribers?|MAUs?|DAUs?|in\s+(?:annual\s+)?(?:revenue|turnover|sales))\b/gi;
const REVENUE_FIRST = /\b(?:revenue|turnover|sales)\b[^.;]{0,60}?\b(?:exceed\w*|more\s+than|over|above|greater\s+than|in\s+excess\s+of)\s+(?:US\$|USD|\$|EUR|€|RMB|CNY)\s?\d/gi;
const CUE = /\d/;
// Past it, a new licence is needed from the licensor: "must request a licence from Licensor, which
// Licensor may grant to you in its sole discretion", "shall obtain a separate commercial licence".
const NEW_LICENCE =
  /\b(?:must|shall|will\s+need\s+to|is\s+required\s+to|are\s+required\s+to|needs?\s+to)\s+(?:first\s+)?(?:request|obtain|apply\s+for|acquire|negotiate|enter\s+into|purchase)\b[^.;]{0,60}?\b(?:licen[cs]e|authori[sz]ation|permission|agreement)\b/i;
// Only sets how high: "sole discretion" alone is no further licence ("may in its sole discretion provide priority support").
const DISCRETION = /\b(?:sole|absolute)\s+discretion\b/i;

// 部署设备不超5000台, 日均用户活跃量（DAU）低于100万, 月活跃用户超过1亿, 年营业收入超过1000万元.
const ZH_SIZE =
  /(?:超过|超出|不超过|不超|低于|高于|少于|多于|达到|以上|以下)\s?\d[\d,.]{0,12}\s?(?:万|亿|千)?\s?(?:台|个|名|人|户|元|美元)?|\d[\d,.]{0,12}\s?(?:万|亿)?\s?(?:台|个|名|人|户|元)?(?:以上|以下)/g;
const ZH_COUNTS = /设备|用户|日活|月活|DAU|MAU|活跃|营业收入|营收|收入|销售额/;
// 须向许可方申请授权, 另行取得授权, 我们可自行决定是否授权: a separate grant at the licensor's word.
const ZH_NEW_LICENCE = /申请(?:商业)?(?:授权|许可)|另行(?:取得|获得|签订|申请)?[^。；]{0,10}(?:授权|许可)|(?:自行|单方|全权)决定是否(?:授权|许可)|书面授权前/;
const ZH_DISCRETION = /(?:自行|单方|全权)决定|无权行使/;

/**
 * A model or software licence that is free, or granted at all, only below a number of users or
 * devices or a revenue figure, past which we need a separate licence the licensor may refuse or price
 * as it likes. A product that grows past the line is left without a licence, once we have built on
 * the technology. High where the grant past the line is at the licensor's discretion. For the licensee only.
 */
export const commercialThreshold: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  const english = [...hitsWhere(ctx, CUE, SIZE), ...hitsWhere(ctx, CUE, REVENUE_FIRST)].filter((h: Hit) => !inHeading(ctx, h.sentence) && NEW_LICENCE.test(around(ctx, h)));
  const chinese = hitsWhere(ctx, CUE, ZH_SIZE, (h) => !inHeading(ctx, h.sentence) && ZH_COUNTS.test(h.sentence.text) && ZH_NEW_LICENCE.test(around(ctx, h)));
  const found = dedupe([...english, ...chinese]);
  if (found.length === 0) return [];
  const discretion = found.some((h) => DISCRETION.test(around(ctx, h)) || ZH_DISCRETION.test(around(ctx, h)));
  return [
    finding(ctx, {
      rule: 'one-sided.commercial-threshold',
      topic: 'background-license',
      severity: discretion ? 'high' : 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
      // A licence granted for the use we plan, with no ceiling on users or revenue.
      fixClause: 'licence-grant',
      fixVariant: 'non-exclusive',
    }),
  ];
};

/** The sentence and the next one in its paragraph: the consequence often follows the threshold ("Otherwise, ..."). */
function around(ctx: Parameters<Rule>[0], h: Hit): string {
  const i = ctx.sentences.indexOf(h.sentence);
  const next = ctx.sentences[i + 1];
  return next && next.paragraph === h.sentence.paragraph ? `${h.sentence.text} ${next.text}` : h.sentence.text;
}

/** One hit per sentence. */
function dedupe(list: Hit[]): Hit[] {
  const seen = new Set<object>();
  return list.filter((h) => !seen.has(h.sentence) && seen.add(h.sentence));
}
