import type { ReviewContext } from './context';

/**
 * A reading of the draft worked out once per review: several rules ask the same question (where the
 * parties are, which headings name a term), and each answer reads the opening or every sentence.
 */
export function perReview<T>(read: (ctx: ReviewContext) => T): (ctx: ReviewContext) => T {
  const known = new WeakMap<ReviewContext, T>();
  return (ctx) => {
    if (!known.has(ctx)) known.set(ctx, read(ctx));
    return known.get(ctx)!;
  };
}
