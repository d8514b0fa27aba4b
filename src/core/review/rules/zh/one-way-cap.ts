import type { Rule } from '../../context';
import { zhPartyBefore } from '../../zh/side';
import { finding } from '../finding';
import { MUTUAL_LIMIT } from '../liability-fix';
import { CAP_ZH } from '../liability-words';
import { ourSide } from '../side';
import { groupedEvidence, hits, type Hit } from '../text';

/** A cap on the penalty for lateness (逾期交货的赔偿总额不超过): a term of delivery or payment, not of liability. */
const LATENESS = /逾期|迟延|延迟|延误|滞纳/;
/** How far before the cap the lateness is looked for, in characters: the clause that sets the penalty. */
const LATE_REACH = 40;

/**
 * 乙方的赔偿责任不超过……, 卖方在任何情况下均不承担金额超过……的损害赔偿: the cap in a Chinese
 * draft protects only the other side, and nothing caps ours, so what we owe has no limit while what
 * they owe does. Quiet where a cap reaches both sides (双方, 任何一方) or names no side, and where a
 * cap protects us.
 */
export const oneWayCapZh: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours) return [];
  const caps = hits(ctx, CAP_ZH, (h) => !LATENESS.test(h.sentence.text.slice(Math.max(0, h.index - LATE_REACH), h.index + h.text.length)));
  if (caps.length === 0) return [];
  const theirs: Hit[] = [];
  for (const h of caps) {
    const side = zhPartyBefore(ctx, h.sentence.text, h.index)?.side;
    // A cap for us, for both or for no one named: what we owe is bounded too, or the cap is the deal's.
    if (side === undefined || side === ours || side === 'both') return [];
    theirs.push(h);
  }
  const evidence = groupedEvidence(theirs);
  return [
    finding(ctx, {
      rule: 'one-sided.one-way-cap',
      topic: 'liability',
      severity: 'medium',
      kind: 'one-sided',
      evidence,
      ...MUTUAL_LIMIT,
    }),
  ];
};
