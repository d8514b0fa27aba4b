// A party's full name shortened to its first word: "Acme Network Technology Co., Ltd." is "Acme"
// in the notices and the signature lines. The draft names the party so, as surely as by a short
// name in a bracket; the word is no undefined term. Not where the word is also an ordinary noun the
// draft writes in lower case ("the network" beside "Network Solutions Ltd."): "the Network" may
// then be a term it should define.
import type { ReviewContext } from '../context';
import { perReview } from '../per-review';
import { escapeRegExp } from '../../regex-escape';

/** Words that open a name without naming it. */
const NOT_A_NAME = /^(?:the|a|an|mr|mrs|ms|dr|messrs)$/;

/** The first words (lower case) of the parties' full names of two words or more. */
const openings = perReview((ctx: ReviewContext): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const p of ctx.parties) {
    const words = p.name.trim().split(/[\s,]+/).filter(Boolean);
    let first = words[0] ?? '';
    // "Acme." or "Acme’" loses its stop or quote, by hand: a pattern anchored at the end would retry on long runs.
    while (first && ".'’".includes(first.charAt(first.length - 1))) first = first.slice(0, -1);
    if (words.length >= 2 && /^[A-Z][\w&-]{1,40}$/.test(first) && !NOT_A_NAME.test(first.toLowerCase())) out.add(first.toLowerCase());
  }
  return out;
});

/** Whether each opening is an ordinary noun of the draft: written in lower case after an article or "of". */
const ordinary = perReview((): Map<string, boolean> => new Map());

function writtenAsNoun(ctx: ReviewContext, word: string): boolean {
  const known = ordinary(ctx);
  let found = known.get(word);
  if (found === undefined) {
    const re = new RegExp(String.raw`\b(?:the|a|an|any|such|its|their|this|that|each|all|other|our|your|of)\s{1,3}${escapeRegExp(word)}\b`);
    found = ctx.sentences.some((s) => s.text.includes(word) && re.test(s.text));
    known.set(word, found);
  }
  return found;
}

/** The phrase is one word that opens a party's full name: the party's short name. */
export function partyOpening(ctx: ReviewContext, phrase: string): boolean {
  if (phrase.includes(' ')) return false;
  const word = phrase.toLowerCase();
  return openings(ctx).has(word) && !writtenAsNoun(ctx, word);
}
