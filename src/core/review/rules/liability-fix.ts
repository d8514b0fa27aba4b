import type { FindingSpec } from './finding';

// The library's liability clauses that answer the liability findings (clause-library/clauses/liability.yaml).
type Fix = Pick<FindingSpec, 'fixClause' | 'fixVariant'>;

/** A limit that binds only them, replaced by the same limit for both sides. */
export const MUTUAL_LIMIT: Fix = { fixClause: 'liability', fixVariant: 'mutual' };

/** No limit on what we pay: the mutual limit goes in after the clause that makes us pay, which stays. */
export const ADDED_LIMIT: Fix = { fixClause: 'liability', fixVariant: 'mutual-beside' };

/** An indemnity we give uncapped: a cap on it, beside it, written for our side (the one that provides or the one that receives). */
export function indemnityCap(ours: 'A' | 'B'): Fix {
  return { fixClause: 'liability', fixVariant: ours === 'A' ? 'indemnity-capped-provider-side' : 'indemnity-capped-receiving-side' };
}
