import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { inQuotes, listOf } from './finding';
import { ourSide, partyBefore } from './side';
import { hits, type Hit } from './text';
import { settledTime } from './vague-time-settled';

const VAGUE =
  /\b(?:promptly|forthwith|as\s+soon\s+as\s+(?:reasonably\s+)?(?:practicable|possible)|without\s+undue\s+delay|in\s+a\s+timely\s+manner|close\s+of\s+business)\b/gi;
/** A deadline beside the vague word ("promptly, and in any event within five days", "promptly, but in no event later than three days after") settles it. */
const BOUNDED = /^[^.;]{0,40}?\b(?:in\s+any\s+(?:event|case)|in\s+no\s+(?:event|case)\s+(?:later|more)\s+than|but\s+(?:in\s+any\s+case\s+)?(?:no|not)\s+later\s+than|within\s+\S+\s+(?:\(\d+\)\s+)?(?:business\s+|calendar\s+)?(?:days?|hours?))/i;
/** "This Agreement shall forthwith become wholly void": a state that follows at once, not an act anyone is to do. */
const EFFECT = /^\s+(?:become|becomes)\s+(?:\w+\s+){0,2}(?:void|null|ineffective|due|payable)\b|^\s+(?:terminate|terminates|expire|expires|lapse|lapses)(?:[.,;]|\s+(?:and|without|upon|on)\b)/i;
const ONGOING = /^\s+(?:and\s+(?:fully|completely|reasonably)\s+)?(?:cooperat|assist)\w*/i;
/**
 * Notice of a legal demand to disclose ("shall promptly notify the disclosing party of such
 * requirement"), where we may be the party giving it: it must come before a disclosure whose date
 * the notifying party does not set, so a number of days would not fit. Owed by the other side
 * alone, the point stays: the discloser wants the notice before any disclosure.
 */
const NOTIFY = /^\s+(?:and\s+in\s+writing\s+)?(?:notify|inform|advise|give\s+(?:written\s+)?notice)\b/i;
const COMPELLED = /\b(?:required\s+by\s+(?:law|any\s+law|applicable\s+law|court|regulation)|legally\s+(?:required|compelled)|obligated\s+to\s+disclose|compelled\s+to\s+disclose|subpoena|court\s+order|legal\s+process|protective\s+order|such\s+requirement)\b/i;
const TIME_ZONE = /\b(?:[A-Z]{2,4}T|UTC|GMT|local\s+time|(?:New\s+York|London|Beijing|Hong\s+Kong|Singapore|Pacific|Eastern|Central)\s+(?:time|Time))\b/;

/** "Promptly", "forthwith", "as soon as practicable", "close of business" without a time zone. */
export const vagueTime: Rule = (ctx) => {
  const ours = ourSide(ctx);
  const theirsAlone = (h: Hit) => {
    const side = partyBefore(ctx, h.sentence.text, h.index)?.side;
    return ours !== undefined && side !== undefined && side !== 'both' && side !== ours;
  };
  const found = hits(ctx, VAGUE, (h) => {
    const after = h.sentence.text.slice(h.index + h.text.length);
    // "Promptly cooperate": an open-ended duty to help, which no number of days could measure.
    if (BOUNDED.test(after) || ONGOING.test(after) || EFFECT.test(after) || settledTime(h.sentence.text.slice(0, h.index), after)) return false;
    if (NOTIFY.test(after) && COMPELLED.test(h.sentence.text) && !theirsAlone(h)) return false;
    return !(/^close/i.test(h.text) && TIME_ZONE.test(h.sentence.text));
  });
  const words = [...new Set(found.map((h) => h.text.toLowerCase()))].map(inQuotes);
  return draftingHits(ctx, 'drafting.vague-time', found, { words: listOf(words) });
};
