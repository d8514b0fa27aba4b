import type { ReviewContext } from './context';

/**
 * A reading of the draft worked out once per review: several rules ask the same question (where the
 * parties are, which headings name a term), and each answer reads the opening or every sentence.
 */
export function perReview<T>(read: (ctx: ReviewContext) => T): (ctx: ReviewContext) => T {
  const known = new WeakMap<ReviewContext, T>();
  return (ctx) => {
    // One lookup for a reading made already; has() only where get() cannot tell (a reading of undefined).
    let value = known.get(ctx);
    if (value === undefined && !known.has(ctx)) known.set(ctx, (value = read(ctx)));
    return value as T;
  };
}
