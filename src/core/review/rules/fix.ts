import type { FixRef } from '../../findings';
import type { TopicId } from '../../topics';
import type { ReviewContext } from '../context';

const STANCE_ORDER = ['protective', 'balanced', 'fallback'];

/**
 * The library clause that fixes a finding on `topic` (the clause `clauseId` when given, and its
 * variant `variantId` when the finding names one): a variant that applies to this scenario and our
 * role, preferring the protective stance. An unknown scenario or role does not rule a variant out; a
 * variant that names none applies everywhere. A variant that goes beside another clause answers only
 * the finding that names it.
 */
export function fixFor(ctx: ReviewContext, topic: TopicId, clauseId?: string, variantId?: string): FixRef | undefined {
  const clauses = ctx.library?.clauses ?? [];
  if (clauseId !== undefined && variantId !== undefined) {
    const named = best(ctx, clauses.filter((c) => c.id === clauseId), variantId);
    if (named) return named;
  }
  // A finding that names its clause gets it when the library has one for this deal, else any clause
  // on the topic. The named clause may sit under another topic: a licence lost on a missed payment
  // is fixed by the termination clause's cure period.
  return (clauseId !== undefined ? best(ctx, clauses.filter((c) => c.id === clauseId)) : undefined) ?? best(ctx, clauses.filter((c) => c.topic === topic));
}

function best(ctx: ReviewContext, clauses: NonNullable<ReviewContext['library']>['clauses'], variantId?: string): FixRef | undefined {
  let found: { ref: FixRef; rank: number } | undefined;
  for (const clause of clauses) {
    for (const v of clause.variants) {
      // A carve-out beside the draft's clause, or a clause offered only as a fix, answers only the finding that names it.
      if (variantId !== undefined ? v.id !== variantId : v.beside || v.fixOnly) continue;
      const scenarios = v.applies?.scenarios;
      const roles = v.applies?.roles;
      if (ctx.scenario && scenarios && !scenarios.includes(ctx.scenario)) continue;
      if (ctx.role && roles && !roles.includes(ctx.role)) continue;
      const stance = STANCE_ORDER.indexOf(v.stance);
      // Prefer a variant written for exactly this deal over a generic one of the same stance.
      const specific = (scenarios ? 0 : 1) + (roles ? 0 : 1);
      const rank = (stance < 0 ? STANCE_ORDER.length : stance) * 3 + specific;
      if (!found || rank < found.rank) found = { ref: { clause: clause.id, variant: v.id }, rank };
    }
  }
  return found?.ref;
}
