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
  const joined = (h.text + tail[0]).toLowerCase();
  const joiner = /^ \S+(?: the)? /.exec(tail[0])![0];
  // Only a variant of the term: the same words but for the last one's ending ("Trade" for
  // "Trading"); "the Bank of America Request" beside "Bank of America Customizations" is a name.
  // The term itself is left as the finder reads it, where a longer defined term opening with it is known.
  const terms = withPrefix(longer, `${h.text}${joiner}`.toLowerCase());
  if (terms.some((t) => joined.startsWith(t)) || !terms.some((t) => sameButEnding(joined, t))) return h;
  return { ...h, text: h.text + tail[0] };
}

/**
 * The two phrases are one but for their last word's ending: "close of trade" and "close of
 * trading" (the shorter word, less a final "e" or "s", opens the longer, which adds at most four
 * letters); "customers" and "customizations" are two words.
 */
function sameButEnding(a: string, b: string): boolean {
  const cutA = a.lastIndexOf(' ');
  const cutB = b.lastIndexOf(' ');
  if (cutA < 0 || a.slice(0, cutA) !== b.slice(0, cutB)) return false;
  const [short, long] = [a.slice(cutA + 1), b.slice(cutB + 1)].sort((x, y) => x.length - y.length) as [string, string];
  const base = short.replace(/(?:e|es|s)$/, '');
  return base.length >= 4 && long.startsWith(base) && long.length - base.length <= 4;
}
