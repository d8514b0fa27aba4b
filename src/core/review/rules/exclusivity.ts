import type { ReviewContext } from '../context';
import { hits, type Hit } from './text';

/**
 * Exclusive dealing, not every "exclusive": an exclusive licence, appointment or right to sell, or
 * buying exclusively from someone. "Non-exclusive", "exclusive jurisdiction", "sole and exclusive
 * remedy", "exclusive property" and "exclusive of taxes" are other things.
 */
const GRANT =
  /(?<![Nn]on-?\s?|not\s|\bno\s)\bexclusive\s+(?:and\s+\w+\s+|,\s*\w+\s+)?(?:\w+\s+)?(?:licen[cs]es?|distribut(?:or|ors|ion)|resellers?|suppl(?:ier|iers|y)|agen(?:t|ts|cy)|representatives?|dealers?|partners?|providers?|manufactur(?:er|ers|ing)|basis|arrangement|relationship|dealing|rights?\s+(?:to|in|of)\b|territor(?:y|ies)|marketing|sales|selling)|(?<![Nn]on-?)\bexclusively\s+(?:from|to|through|with|by)\b/g;

/** Sentences that use "exclusive" for something other than exclusive dealing. */
const OTHER = /\bexclusive\s+(?:jurisdiction|venue|remed(?:y|ies)|property|owner(?:ship)?|means|forum|courts?|control|of\b)/i;

export function exclusivityGrants(ctx: ReviewContext): Hit[] {
  return hits(ctx, GRANT, (h) => {
    // "sole and exclusive remedy" in the same breath is remedies, not dealing.
    const tail = h.sentence.text.slice(h.index, h.index + 40);
    return !OTHER.test(tail);
  });
}
