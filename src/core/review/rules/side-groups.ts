import type { Party, Sentence } from '../context';
import { openingSentences } from '../parties';
import { escapeRegExp } from '../../regex-escape';
import { plainQuotes } from '../typed-quotes';

/** Two sides of a deal among three or more parties: the parties of each (by index) and the collective names the draft gives a side. */
export interface SideGroups {
  members: [number[], number[]];
  collective: [string[], string[]];
}

const ONE_HAND = /\bon\s+the\s+one\s+hand\b/i;
const OTHER_HAND = /\bon\s+the\s+other(?:\s+hand)?\b/i;
// A name for several parties together: ("VNE"; collectively with VNI, "Vert"), (together with the Buyer, the "Buyer Entities").
const COLLECTIVE = /\b(?:collectively|together|jointly)\b[^"“”()]{0,60}?["“]([A-Z][\w&.' -]{1,40}?)["”]/g;
// Where the opening stops introducing parties.
const PARTIES_END = /\b(?:WHEREAS|RECITALS|BACKGROUND|NOW,?\s+THEREFORE)\b/;

/**
 * "X and Y ("Seller Parties"), on the one hand, and Z, on the other hand": with more than two
 * parties, the opening may still set two sides. Each party falls on the side of the half of the
 * opening that introduces it; a name given to several parties together is that side's too. Nothing
 * where the opening does not split the parties in two.
 */
export function sideGroups(sentences: readonly Sentence[], parties: readonly Party[]): SideGroups | undefined {
  if (parties.length < 3) return undefined;
  let text = plainQuotes(
    openingSentences(sentences)
      .map((s) => s.text)
      .join(' '),
  );
  const end = PARTIES_END.exec(text);
  if (end) text = text.slice(0, end.index);
  const one = ONE_HAND.exec(text);
  if (!one) return undefined;
  const other = OTHER_HAND.exec(text.slice(one.index + one[0].length));
  if (!other) return undefined;
  const split = one.index + one[0].length + other.index;
  // "by and among, on the one hand, ABG …, and, on the other hand, PJMF": the marker comes before the
  // parties of its side, not after them.
  const leading = /\b(?:between|among)\s*,?\s*$/i.test(text.slice(0, one.index));
  const members: [number[], number[]] = [[], []];
  for (const [i, p] of parties.entries()) {
    const at = text.search(new RegExp(`\\b${escapeRegExp(p.name)}`, 'i'));
    if (at < 0) return undefined;
    const first = leading ? at < split : at < one.index;
    members[first ? 0 : 1].push(i);
  }
  if (members[0].length === 0 || members[1].length === 0) return undefined;
  const collective: [string[], string[]] = [[], []];
  for (const m of text.matchAll(COLLECTIVE)) {
    const first = leading ? m.index < split : m.index < one.index;
    collective[first ? 0 : 1].push(m[1]!);
  }
  return { members, collective };
}
