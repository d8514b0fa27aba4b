import type { Evidence } from '../../findings';
import type { ReviewContext } from '../context';
import { partyRightAfter } from './side';
import { hits, quote } from './text';

// A grant that calls the licence revocable, or a licence said to be so: "grants to Licensee a
// non-exclusive, revocable license", "this licence is revocable". Not "irrevocable" or "non-revocable".
const GRANT = /\bgrants?\b/gi;
const REVOCABLE = /(?<![\w-])revocable\b/i;
const IS_REVOCABLE = /\blicen[cs]e\b[^.;]{0,60}?\b(?:is|shall\s+be|will\s+be|remains?)\s+revocable\b/gi;
// Revocable only on stated grounds is a licence that ends for cause: "revocable only upon a breach",
// "revocable solely in accordance with Section 9", "revocable as set out in clause 12".
const ON_GROUNDS = /\brevocable\s+(?:(?:only|solely)\b|in\s+accordance\s+with\b|as\s+(?:set\s+(?:out|forth)|provided)\b|pursuant\s+to\b|(?:upon|on|for)\s+(?:\w+\s+){0,2}?(?:breach|default)\b)/i;
/** How far after "grants" the grant's qualifiers are read. */
const QUALIFIERS = 160;

/**
 * The licence granted to us is revocable and the draft names no grounds: a licence the licensor may
 * end when it likes, however long we build on it.
 */
export function revocableGrants(ctx: ReviewContext): Evidence[] {
  const granted = hits(ctx, GRANT, (h) => {
    const after = h.sentence.text.slice(h.index + h.text.length, h.index + QUALIFIERS);
    const m = REVOCABLE.exec(after);
    if (!m || !/\blicen[cs]e\b/i.test(after) || ON_GROUNDS.test(after.slice(m.index))) return false;
    // Revocable comes before the licence it qualifies: "a revocable license", not a later clause's word.
    const licence = /\blicen[cs]e\b/i.exec(after.slice(m.index));
    return licence !== null && licence.index < 60 && partyRightAfter(ctx, h.sentence.text, h.index + h.text.length)?.side === 'B';
  });
  const stated = hits(ctx, IS_REVOCABLE, (h) => !ON_GROUNDS.test(h.sentence.text.slice(h.index)));
  return [...granted, ...stated].map((h) => quote(h.sentence));
}
