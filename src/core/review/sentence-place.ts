import type { ReviewContext, Sentence } from './context';
import { perReview } from './per-review';

/** Each sentence's place in the draft (its first, as indexOf finds it), read once per review. */
const places = perReview((ctx) => {
  const out = new Map<Sentence, number>();
  ctx.sentences.forEach((s, i) => {
    if (!out.has(s)) out.set(s, i);
  });
  return out;
});

/**
 * Where the sentence stands in the draft (-1 when it is none of its sentences), as
 * `ctx.sentences.indexOf(s)` says, without a search of the list for each sentence asked.
 */
export function sentencePlace(ctx: ReviewContext, s: Sentence): number {
  return places(ctx).get(s) ?? -1;
}
