import type { Rule } from '../../context';
import { zhPartyBefore } from '../../zh/side';
import { finding } from '../finding';
import { ourSide } from '../side';
import { groupedEvidence, hits, inHeading, type Hit } from '../text';

/** A payment missed: 逾期支付, 未按期付款, 未按约定支付许可使用费, 迟延付款. */
const MISSED = /(?:逾期|迟延|未(?:能)?按(?:期|时|约定|照约定)?)(?:未)?(?:支付|付款|缴纳|缴付)/g;
/**
 * Then the licence goes: 许可方有权终止全部许可, 可以解除本合同, 本许可自动终止. In a licence, ending the
 * contract ends the licence. The verb is found after the miss, a few words on.
 */
const ENDS = /(?:有权|可以|可)[^。；]{0,12}?(?:终止|解除|撤销|收回)|(?:许可|授权)(?:即|将|应)?(?:自动|立即|当然)?(?:终止|失效)/;
/** A chance to pay late: notice first (催告, 书面通知后…日内仍未), a grace period, days of lateness allowed (逾期超过三十日). */
const CURE = /催告|宽限期|补救|纠正|通知[^。；]{0,12}?(?:日|天)内|逾期[^。；]{0,6}?(?:超过|达到|满)[^。；]{0,8}?(?:日|天|个月)|(?:日|天)内(?:仍|依然)?未/;

/**
 * 被许可方逾期付款的，许可方有权终止本合同: our licence ends on a missed payment, with no notice and no
 * time to pay. The Chinese reading of `one-sided.licence-lapse`, for the licensee.
 */
export const licenceLapseZh: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  const found = hits(ctx, MISSED, (h: Hit) => {
    const text = h.sentence.text;
    if (inHeading(ctx, h.sentence) || !ENDS.test(text.slice(h.index)) || CURE.test(text)) return false;
    const payer = zhPartyBefore(ctx, text, h.index)?.side;
    return payer === 'B';
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.licence-lapse', topic: 'background-license', severity: 'high', kind: 'one-sided', fixClause: 'termination', evidence: groupedEvidence(found) })];
};
