// A party's full name shortened to its first word: "Acme Network Technology Co., Ltd." is "Acme"
// in the notices and the signature lines. The draft names the party so, as surely as by a short
// name in a bracket; the word is no undefined term.
import type { ReviewContext } from '../context';
import { perReview } from '../per-review';

/** Words that open a name without naming it. */
const NOT_A_NAME = /^(?:the|a|an|mr|mrs|ms|dr|messrs)$/;

/** The first words (lower case) of the parties' full names of two words or more. */
const openings = perReview((ctx: ReviewContext): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const p of ctx.parties) {
    const words = p.name.trim().split(/[\s,]+/).filter(Boolean);
    const first = words[0]?.replace(/[.'’]+$/, '') ?? '';
    if (words.length >= 2 && /^[A-Z][\w&-]{1,40}$/.test(first) && !NOT_A_NAME.test(first.toLowerCase())) out.add(first.toLowerCase());
  }
  return out;
});

/** The phrase is one word that opens a party's full name: the party's short name. */
export function partyOpening(ctx: ReviewContext, phrase: string): boolean {
  return !phrase.includes(' ') && openings(ctx).has(phrase.toLowerCase());
}
