import type { Rule } from '../../context';
import { CAP_ZH, aboutLateness } from '../../topics/limit-reading';
import { zhPartyBefore } from '../../zh/side';
import { finding } from '../finding';
import { MUTUAL_LIMIT } from '../liability-fix';
import { ourSide } from '../side';
import { groupedEvidence, hits, type Hit } from '../text';

/**
 * 乙方的赔偿责任不超过……, 卖方在任何情况下均不承担金额超过……的损害赔偿: the cap in a Chinese
 * draft protects only the other side, and nothing caps ours, so what we owe has no limit while what
 * they owe does. Quiet where a cap reaches both sides (双方, 任何一方) or names no side, and where a
 * cap protects us.
 */
export const oneWayCapZh: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours) return [];
  // A cap on the penalty for lateness (逾期交货的赔偿总额不超过) is a term of delivery or payment, not of liability.
  const caps = hits(ctx, CAP_ZH, (h) => !aboutLateness(h.sentence.text, h.index, h.text.length));
  if (caps.length === 0) return [];
  const theirs: Hit[] = [];
  for (const h of caps) {
    const side = zhPartyBefore(ctx, h.sentence.text, h.index)?.side;
    // A cap for us, for both or for no one named: what we owe is bounded too, or the cap is the deal's.
    if (side === undefined || side === ours || side === 'both') return [];
    theirs.push(h);
  }
  return [oneWayCapFinding(ctx, theirs)];
};

/** The point, in either language: the caps that protect only the other side, quoted. */
export function oneWayCapFinding(ctx: Parameters<Rule>[0], caps: Hit[]): ReturnType<Rule>[number] {
  return finding(ctx, {
    rule: 'one-sided.one-way-cap',
    topic: 'liability',
    severity: 'medium',
    kind: 'one-sided',
    evidence: groupedEvidence(caps),
    ...MUTUAL_LIMIT,
  });
}
