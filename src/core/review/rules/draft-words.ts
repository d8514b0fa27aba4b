// Whether the draft writes a word, in any case, for the undefined-term rule's test of a word a
// filing split ("the Franchised Restaur ant"). The rule asks about some eighty words on a long
// draft, nearly all of which the draft never writes ("lawshall", "pagesand"). A search of the whole
// draft for each took some 0.6 ms a word, and a bitmap of the hashes of every word, made in a loop
// of ours over every character, ran unoptimised in the command line, which reviews once per
// process (21-28 ms there on the 300 KB bench agreement). The draft's runs of letters are taken out
// by one native call and kept as a set: 9 ms there, 7 ms in a process already warm.
import type { ReviewContext } from '../context';
import { perReview } from '../per-review';

const LETTERS = /[a-z]+/g;
const ONLY_LETTERS = /^[a-z]+$/;

/** Every run of letters a to z in the draft, in lower case. */
const draftWords = perReview((ctx: ReviewContext): ReadonlySet<string> => new Set(ctx.sentences.map((s) => s.text).join(' ').toLowerCase().match(LETTERS)));

/** The word (lower case, a letter or more) stands in the draft as a whole run of letters a to z (the draft in lower case). */
export function draftWrites(ctx: ReviewContext, word: string): boolean {
  return ONLY_LETTERS.test(word) && draftWords(ctx).has(word);
}
