import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { hits } from './text';

/** "and/or", in Chinese 和/或 (a full-width slash too): one, the other or both? */
export const andOr: Rule = (ctx) => draftingHits(ctx, 'drafting.and-or', hits(ctx, /\band\s*\/\s*or\b|和\s?[/／]\s?或/gi));
