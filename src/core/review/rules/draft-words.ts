// Whether the draft writes a word, in any case, for the undefined-term rule's test of a word a
// filing split ("the Franchised Restaur ant"). The rule asks about some eighty words on a long
// draft, nearly all of which the draft never writes ("lawshall", "pagesand"). A search of the whole
// draft for each took some 0.6 ms a word, and a bitmap of the hashes of every word, made in a loop
// of ours over every character, ran unoptimised in the command line, which reviews once per
// process (21-28 ms there on the 300 KB bench agreement). The draft's runs of letters are taken out
// by one native call and kept as a set: 9 ms there, 7 ms in a process already warm. The set keeps
// only runs of six letters or more: a word asked is a capitalised word and the letters after it
// ("stateof", "agreementand": 145 of the 149 asked on that agreement are six or longer), and the
// shorter runs ("the", "shall", "any") are half of a draft's (17,800 of its 35,400 runs of three
// or more), each a string made and hashed. A shorter word asked is looked for in the text.
import type { ReviewContext } from '../context';
import { perReview } from '../per-review';
import { draftJoined } from '../draft-text';
import { writtenInLowerCase } from './ordinary-words';

const LONG_RUN = /[a-z]{6,}/g;
const ONLY_LETTERS = /^[a-z]+$/;

/** The draft's sentences as one text, in lower case. */
const draftText = perReview((ctx: ReviewContext): string => draftJoined(ctx).toLowerCase());

/** Every run of six letters a to z or more in the draft, in lower case. */
const draftWords = perReview((ctx: ReviewContext): ReadonlySet<string> => new Set(draftText(ctx).match(LONG_RUN)));

const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/** A word stands in the text as a whole run of letters. */
function shortRun(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !isLetter(text.charCodeAt(at - 1))) && !isLetter(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/** The word (lower case, a letter or more) stands in the draft as a whole run of letters a to z (the draft in lower case). */
export function draftWrites(ctx: ReviewContext, word: string): boolean {
  if (!ONLY_LETTERS.test(word)) return false;
  return word.length >= 6 ? draftWords(ctx).has(word) : shortRun(draftText(ctx), word);
}

/** Which of the words asked (lower case) the draft writes in lower case, as ordinary words (ordinary-words.ts). */
export function draftWritesLowerCase(ctx: ReviewContext, asked: ReadonlySet<string>): Set<string> {
  return writtenInLowerCase(draftJoined(ctx), asked);
}
