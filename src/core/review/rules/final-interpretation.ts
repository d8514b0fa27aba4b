import type { Rule } from '../context';
import { zhPartyBefore, zhPartyRightAfter } from '../zh/side';
import { finding, topicAt } from './finding';
import { ourSide, partyBefore, partyRightAfter } from './side';
import { groupedEvidence, hitsWhere, inHeading, zhHits, type Hit } from './text';

// The right held: "reserves the right of final interpretation", "shall have the final right to interpret".
const FINAL_EN = String.raw`(?:(?:sole\s+and\s+)?(?:right|power)\s+(?:of|to)\s+(?:the\s+)?final\s+interpretation|final\s+(?:and\s+binding\s+)?(?:right|power)\s+(?:of|to)\s+interpret(?:ation)?|final\s+interpretation\s+right)`;
/** The party that holds it is the subject: "the Licensor reserves the right of final interpretation of this Agreement". */
const HOLDS_EN = new RegExp(String.raw`\b(?:reserves?|retains?|has|have|holds?|enjoys?)\s+(?:the\s+|a\s+)?${FINAL_EN}`, 'gi');
/** The party named after: "the right of final interpretation of this Agreement belongs to the Company". */
const BELONGS_EN = new RegExp(
  String.raw`\b${FINAL_EN}(?:\s+(?:of|in|over)\s+(?:this|these|the)\s+[\w-]{1,20}(?:\s+[\w-]{1,20})?)?\s+(?:shall\s+)?(?:belongs?|rests?|lies|vests?|remains?|is\s+vested)\s+(?:with|to|in)\s+`,
  'gi',
);
const CUE_EN = /final\s+(?:and\s+binding\s+)?(?:right\s+|power\s+)?(?:of\s+|to\s+)?interpret/i;
/** 甲方享有最终解释权, 许可方保留对本协议的最终解释权. */
const HOLDS_ZH = /(?:享有|保留|拥有|具有)(?:对[^。；，]{1,20}?的)?(?:最终)?解释权/g;
/** 本协议的最终解释权归甲方所有, 最终解释权属于授权方. */
const BELONGS_ZH = /(?:最终)?解释权(?:均|概)?(?:归属于|归属|归|属于|由)/g;

/**
 * One party reserves the final right to interpret the agreement (最终解释权归…所有, "reserves the
 * right of final interpretation"): where that is the other side, it decides what the words we signed
 * mean, scope of the licence and grounds to end it included. Under PRC law a standard term of that kind
 * is open to challenge (Civil Code arts. 496-498), but counsel strikes it rather than litigate it. Quiet
 * where our side holds it, where both do, and where no party is named.
 */
export const finalInterpretation: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours) return [];
  const theirs = (side: string | undefined) => side !== undefined && side !== ours && side !== 'both';
  const clause = (h: Hit) => !inHeading(ctx, h.sentence);
  const found: Hit[] = [
    ...hitsWhere(ctx, CUE_EN, HOLDS_EN, (h) => clause(h) && theirs(partyBefore(ctx, h.sentence.text, h.index)?.side)),
    ...hitsWhere(ctx, CUE_EN, BELONGS_EN, (h) => clause(h) && theirs(partyRightAfter(ctx, h.sentence.text, h.index + h.text.length)?.side)),
    ...zhHits(ctx, HOLDS_ZH, (h) => clause(h) && theirs(zhPartyBefore(ctx, h.sentence.text, h.index)?.side)),
    ...zhHits(ctx, BELONGS_ZH, (h) => clause(h) && theirs(zhPartyRightAfter(ctx, h.sentence.text, h.index + h.text.length)?.side)),
  ];
  if (found.length === 0) return [];
  const evidence = groupedEvidence(found);
  return [
    finding(ctx, {
      rule: 'one-sided.final-interpretation',
      topic: topicAt(ctx, evidence[0]?.paragraph),
      severity: 'medium',
      kind: 'one-sided',
      evidence,
      // Their clause goes; the words are read as agreed, and a dispute over them goes to the forum.
      fixClause: 'general-provisions',
      fixVariant: 'interpretation',
    }),
  ];
};
