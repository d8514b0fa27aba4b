// A defined term with a small joining word in it ("Close of Trading", "Statement of Work") and a
// variant of it written with another last word ("the Close of Trade"): the capitalised-phrase finder
// stops at the lower-case "of", so the variant would be reported cut ("Close").
import type { Hit } from './text';
import { withPrefix } from './term-prefixes';

/** The joining word and up to three capitalised words after it: " of Trade", " for the Funds". */
const JOINED_TAIL = /^ (?:of|for|and|in|on|to|de)(?: the)? [A-Z][a-z]+(?:-[A-Za-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z]+)?){0,2}\b/;

/**
 * The candidate taken on through a joining word, where a defined or quoted term (`longer`, lower
 * case, sorted) opens with the candidate and the same joining word: "Close" followed by " of Trade"
 * becomes "Close of Trade" beside the defined "Close of Trading". Otherwise the candidate as it is,
 * so names with joining words ("Bank of China") stay read as before.
 */
export function joinedCandidate(longer: readonly string[], h: Hit): Hit {
  const tail = JOINED_TAIL.exec(h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 80));
  if (!tail) return h;
  const joiner = /^ \S+(?: the)? /.exec(tail[0])![0];
  if (withPrefix(longer, `${h.text}${joiner}`.toLowerCase()).length === 0) return h;
  return { ...h, text: h.text + tail[0] };
}
