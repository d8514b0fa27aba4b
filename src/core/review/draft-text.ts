import type { ReviewContext } from './context';
import { perReview } from './per-review';

/**
 * The draft's sentences joined by a space, once per review: several readings search the whole
 * draft as one text (the split-word test, the names a group or an optional plural gives, things
 * introduced in lower case), and each made its own 300 KB copy of a long draft.
 */
export const draftJoined = perReview((ctx: ReviewContext): string => ctx.sentences.map((s) => s.text).join(' '));
