// Whether the draft writes a word, in any case, for the undefined-term rule's test of a word a
// filing split ("the Franchised Restaur ant"). A set of every word of the draft cost some 5% of a
// review to build; a rule asks about a few dozen words, nearly all of which the draft never writes.
// So the draft's words are hashed into a bitmap in one pass over its characters, making no strings,
// and only a word whose hash is set is looked for in the text.
import type { ReviewContext } from '../context';
import { perReview } from '../per-review';

const BITS = 20;

const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/** FNV-1a over the letters of text[from, to), folded to BITS bits. */
function hash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> BITS)) & ((1 << BITS) - 1);
}

interface DraftWords {
  /** The draft's text, joined and in lower case: its words are its runs of a to z. */
  lower: string;
  /** 1 where some word of the draft hashes. */
  hashes: Uint8Array;
  /** The answers given so far. */
  known: Map<string, boolean>;
}

const draftWords = perReview((ctx: ReviewContext): DraftWords => {
  const lower = ctx.sentences.map((s) => s.text).join(' ').toLowerCase();
  const hashes = new Uint8Array(1 << BITS);
  for (let i = 0; i < lower.length; ) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lower.length && isLetter(lower.charCodeAt(end))) end++;
    hashes[hash(lower, i, end)] = 1;
    i = end;
  }
  return { lower, hashes, known: new Map() };
});

/** The word (lower case, a letter or more) stands in the draft as a whole run of letters a to z (the draft in lower case). */
export function draftWrites(ctx: ReviewContext, word: string): boolean {
  const words = draftWords(ctx);
  let found = words.known.get(word);
  if (found === undefined) {
    found = false;
    let letters = word.length > 0;
    for (let i = 0; i < word.length && letters; i++) letters = isLetter(word.charCodeAt(i));
    if (letters && words.hashes[hash(word, 0, word.length)] === 1) {
      const { lower } = words;
      for (let at = lower.indexOf(word); at >= 0 && !found; at = lower.indexOf(word, at + 1)) {
        found = (at === 0 || !isLetter(lower.charCodeAt(at - 1))) && (at + word.length === lower.length || !isLetter(lower.charCodeAt(at + word.length)));
      }
    }
    words.known.set(word, found);
  }
  return found;
}
