import type { ReviewContext, Rule } from '../../context';
import { feedbackHeldByOthers } from '../free-use';
import { zhPartyRefs } from '../../zh/side';
import { finding } from '../finding';
import { ourSide } from '../side';
import { groupedEvidence, hits, type Hit } from '../text';

// Not 建议 alone, which is also a verb (甲方建议乙方……).
const FEEDBACK = /反馈|意见和建议|意见或建议|改进建议/g;
// Given away: free of charge, for any purpose, without limit, for ever.
const FREE = /无偿|免费|不受(?:任何)?限制|自由(?:地)?(?:使用|利用)|任何目的|永久|不可撤销|无需(?:向[^。；，]{0,12}?)?支付|不(?:再)?支付任何/;
const USE = /使用|利用|实施|商业化|用于|披露/;
// Kept to the thing it is about (仅为改进样品之目的), or the use barred outright.
const LIMITED = /仅(?:限于|可|能|用于|为)|只(?:能|可)用于|(?:不得|不可|不能|禁止|无权)[^。；，]{0,6}?(?:使用|利用)/;

/** The other side is named in the sentence, and no term makes it both parties' alike. */
function theirs(ctx: ReviewContext, h: Hit): boolean {
  const ours = ourSide(ctx);
  const sides = zhPartyRefs(ctx, h.sentence.text).map((r) => r.side);
  return sides.some((s) => s && s !== 'both' && s !== ours) && !sides.includes('both');
}

/**
 * The Chinese reading of one-sided.free-feedback: what we tell them about their product they may use
 * free and without limit (甲方可以无偿将乙方的反馈用于任何目的), though it may carry our test results or designs.
 */
export const freeFeedbackZh: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B') return [];
  const owned = feedbackHeldByOthers(ctx);
  const found = hits(ctx, FEEDBACK, (h) => {
    const text = h.sentence.text;
    return FREE.test(text) && USE.test(text) && !LIMITED.test(text) && !owned.has(h.sentence) && theirs(ctx, h);
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.free-feedback', topic: 'feedback', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
