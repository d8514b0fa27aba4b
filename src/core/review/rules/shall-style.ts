import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { hits, inHeading, type Hit } from './text';

/**
 * "Shall" where no party's duty is meant (after Adams): a right written as a duty ("shall have the
 * right to", "shall be entitled to"), what the agreement itself does ("This Agreement shall be
 * governed by", "the Term shall commence") and definitions ('"Samples" shall mean'). Real drafts
 * have these by the dozen and they change no one's rights, so the point is off unless the user or
 * the organisation switches it on.
 */
const RIGHT_AS_DUTY = /\bshall\s+(?:have\s+the\s+(?:right|option)|be\s+(?:entitled|permitted|free))\s+to\b/g;
const AGREEMENT_ACTS =
  /\b(?:this\s+Agreement|the\s+Term|the\s+Effective\s+Date)\s+shall\s+(?:commence|begin|expire|continue|terminate|remain|be\s+governed|be\s+construed|be\s+interpreted|become\s+effective|take\s+effect)\b/gi;
const DEFINITION = /["”]\s{0,3}shall\s+mean\b/g;

export const shallStyle: Rule = (ctx) => {
  const keep = (h: Hit) => !inHeading(ctx, h.sentence);
  const found = [...hits(ctx, RIGHT_AS_DUTY, keep), ...hits(ctx, AGREEMENT_ACTS, keep), ...hits(ctx, DEFINITION, keep)];
  // Reading order, so the quotes shown are the first ones in the draft.
  found.sort((a, b) => a.sentence.paragraph - b.sentence.paragraph || a.sentence.start + a.index - (b.sentence.start + b.index));
  return draftingHits(ctx, 'drafting.shall-style', found, { count: new Set(found.map((h) => h.sentence)).size });
};
