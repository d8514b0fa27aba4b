// Whether the draft writes a word, in any case, for the undefined-term rule's test of a word a
// filing split ("the Franchised Restaur ant"). The rule asks about a few words a review, when a
// phrase is followed by a fragment, so each is looked for in the draft's text, lower-cased once.
// A reading of every word of the draft (a set of them, later a bitmap of their hashes made in a
// loop over every character) cost more than all the searches: the command line reviews once per
// process, where such a loop runs unoptimised.
import type { ReviewContext } from '../context';
import { perReview } from '../per-review';

const isLetter = (c: number): boolean => c >= 97 && c <= 122;

interface DraftWords {
  /** The draft's text, joined and in lower case: its words are its runs of a to z. */
  lower: string;
  /** The answers given so far. */
  known: Map<string, boolean>;
}

const draftWords = perReview((ctx: ReviewContext): DraftWords => ({ lower: ctx.sentences.map((s) => s.text).join(' ').toLowerCase(), known: new Map() }));

/** The word (lower case, a letter or more) stands in the draft as a whole run of letters a to z (the draft in lower case). */
export function draftWrites(ctx: ReviewContext, word: string): boolean {
  const words = draftWords(ctx);
  let found = words.known.get(word);
  if (found === undefined) {
    found = false;
    let letters = word.length > 0;
    for (let i = 0; i < word.length && letters; i++) letters = isLetter(word.charCodeAt(i));
    if (letters) {
      const { lower } = words;
      for (let at = lower.indexOf(word); at >= 0 && !found; at = lower.indexOf(word, at + 1)) {
        found = (at === 0 || !isLetter(lower.charCodeAt(at - 1))) && (at + word.length === lower.length || !isLetter(lower.charCodeAt(at + word.length)));
      }
    }
    words.known.set(word, found);
  }
  return found;
}
