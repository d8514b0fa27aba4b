import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { hits } from './text';

/** "and/or": one, the other or both? */
export const andOr: Rule = (ctx) => draftingHits(ctx, 'drafting.and-or', hits(ctx, /\band\s*\/\s*or\b/gi));
