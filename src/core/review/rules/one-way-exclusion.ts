import type { Rule } from '../context';
import { finding } from './finding';
import { MUTUAL_LIMIT } from './liability-fix';
import { limits } from './liability-words';
import { acceptedByUse, contributorForm } from './public-offer';
import { ourSide } from './side';
import { groupedEvidence } from './text';

/** An NDA's exclusion is weighed by leak-damages.ts; a free evaluation pays for nothing it could lose. */
const NOT_HERE: ReadonlySet<string> = new Set(['pre-deal-disclosure', 'sample-testing']);

/**
 * "In no event shall the Supplier be liable for any indirect or consequential loss", 卖方均不就间接损失
 * 承担赔偿责任: the other side's indirect loss is excluded and ours is not. Lost profits and lost
 * business are what their breach mostly costs us, and what ours costs them stays recoverable. Quiet
 * where the exclusion reaches us too (each party, 双方, or no one named), where it takes out direct loss
 * as well (a full exclusion, another point), and on licences offered to all as they stand.
 */
export const oneWayExclusion: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours || NOT_HERE.has(ctx.scenario ?? '')) return [];
  if (acceptedByUse(ctx.sentences) || contributorForm(ctx.sentences)) return [];
  const excluded = limits(ctx).filter((l) => l.kind === 'exclusion' && l.indirect);
  if (excluded.length === 0 || excluded.some((l) => l.side !== 'A' && l.side !== 'B') || excluded.some((l) => l.side === ours)) return [];
  const evidence = groupedEvidence(excluded.map((l) => l.hit));
  return [
    finding(ctx, {
      rule: 'one-sided.one-way-exclusion',
      topic: 'liability',
      severity: 'medium',
      kind: 'one-sided',
      evidence,
      ...MUTUAL_LIMIT,
    }),
  ];
};
