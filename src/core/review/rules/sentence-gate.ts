import { requiredText, type Required } from '../required-text';

/**
 * Which sentences a pattern can match at all. Most of `hits`' patterns find nothing in most
 * sentences, yet each tried a match at every character of every sentence: some hundred patterns
 * over a long draft were about a fifth of a review. A pattern whose source names words it cannot
 * match without (required-text.ts) now runs only on the sentences that may hold one of them, found
 * from an index of the character pairs each sentence holds, made once a review. A sentence left out
 * cannot match, so the hits are the same, in the same order. Searching the draft for each word
 * instead read the whole text once per word, about as costly as the patterns themselves.
 */

/** A sentence, or anything else with a text a pattern is tried on. */
interface Texted {
  readonly text: string;
}

/**
 * Each character reduced to one of 37 codes: a letter in either case, a digit, or anything else
 * (0). Two characters that can match each other in a pattern, ignoring case or not, have one code.
 */
const CODES = new Uint8Array(128);
for (let c = 0; c < 26; c++) CODES[0x61 + c] = CODES[0x41 + c] = c + 1;
for (let d = 0; d < 10; d++) CODES[0x30 + d] = 27 + d;
const KINDS = 37;

function code(c: number): number {
  return c < 128 ? CODES[c]! : 0;
}

/**
 * Which pairs of adjacent characters (by code) each sentence holds, as one bit a sentence in a row
 * per pair. A sentence holding a word holds every pair of it, so the sentences holding all of a
 * word's pairs include every sentence the word is in: a superset found by a few dozen ANDs of rows,
 * where searching each sentence for the word would read the whole draft for each word.
 */
class PairIndex {
  private readonly width: number;
  private readonly rows: Uint32Array;
  private readonly found = new Map<string, Uint32Array>();
  private readonly answered = new Map<Required, readonly number[]>();

  constructor(private readonly count: number, sentences: readonly Texted[]) {
    this.width = (count + 31) >>> 5;
    this.rows = new Uint32Array(KINDS * KINDS * this.width);
    for (let i = 0; i < count; i++) {
      const text = sentences[i]!.text;
      const word = i >>> 5;
      const bit = 1 << (i & 31);
      let prev = text.length > 0 ? code(text.charCodeAt(0)) : 0;
      for (let j = 1; j < text.length; j++) {
        const next = code(text.charCodeAt(j));
        this.rows[(prev * KINDS + next) * this.width + word]! |= bit;
        prev = next;
      }
    }
  }

  /** One bit a sentence: set where the sentence holds every pair of the word. */
  private holding(word: string): Uint32Array {
    let set = this.found.get(word);
    if (set) return set;
    set = new Uint32Array(this.width).fill(0xffffffff);
    for (let j = 1; j < word.length; j++) {
      const row = (code(word.charCodeAt(j - 1)) * KINDS + code(word.charCodeAt(j))) * this.width;
      for (let k = 0; k < this.width; k++) set[k]! &= this.rows[row + k]!;
    }
    this.found.set(word, set);
    return set;
  }

  /** Ascending indexes of the sentences that may hold one of the words, kept for a pattern run again. */
  candidates(required: Required): readonly number[] {
    const known = this.answered.get(required);
    if (known) return known;
    const any = new Uint32Array(this.width);
    for (const word of required.words) {
      const set = this.holding(word);
      for (let k = 0; k < this.width; k++) any[k]! |= set[k]!;
    }
    const out: number[] = [];
    for (let k = 0; k < this.width; k++) {
      for (let bits = any[k]!; bits !== 0; bits &= bits - 1) {
        const i = (k << 5) + (31 - Math.clz32(bits & -bits));
        if (i < this.count) out.push(i);
      }
    }
    this.answered.set(required, out);
    return out;
  }
}

/**
 * A list of sentences is indexed the second time a gated pattern reads it: the draft's own list is
 * read by some hundred patterns a review, while a list made for one call (a rule's filtered
 * sentences) would pay for its index and never use it again.
 */
const indexes = new WeakMap<readonly Texted[], PairIndex | null>();

/**
 * The indexes of the sentences worth matching `re` on, ascending, or null for every sentence (the
 * pattern names no word it needs, or the list is not indexed yet).
 */
export function sentencesFor(sentences: readonly Texted[], re: RegExp): readonly number[] | null {
  const required = requiredText(re);
  if (!required) return null;
  let index = indexes.get(sentences);
  if (index === undefined) {
    indexes.set(sentences, null);
    return null;
  }
  if (index === null) indexes.set(sentences, (index = new PairIndex(sentences.length, sentences)));
  return index.candidates(required);
}

/**
 * The indexes worth trying for a test of `re`: a global or sticky pattern's `test` starts where the
 * last one stopped, so it is tried on every sentence, as a plain loop would.
 */
function worthTrying(sentences: readonly Texted[], re: RegExp): readonly number[] | null {
  return re.global || re.sticky ? null : sentencesFor(sentences, re);
}

/**
 * The sentences `re` matches, in reading order: `sentences.filter((s) => re.test(s.text))`, with
 * the pattern tried only where the index finds a word it needs.
 */
export function matching<T extends Texted>(sentences: readonly T[], re: RegExp): T[] {
  const only = worthTrying(sentences, re);
  if (!only) return sentences.filter((s) => re.test(s.text));
  const out: T[] = [];
  for (let i = 0; i < only.length; i++) {
    const s = sentences[only[i]!]!;
    if (re.test(s.text)) out.push(s);
  }
  return out;
}

/**
 * The first sentence `re` matches and `also` (if given) accepts: `sentences.find((s) =>
 * re.test(s.text) && also(s))`, with the pattern tried only where the index finds a word it needs.
 */
export function firstMatching<T extends Texted>(sentences: readonly T[], re: RegExp, also?: (s: T) => boolean): T | undefined {
  const only = worthTrying(sentences, re);
  const count = only ? only.length : sentences.length;
  for (let i = 0; i < count; i++) {
    const s = sentences[only ? only[i]! : i]!;
    if (re.test(s.text) && (!also || also(s))) return s;
  }
  return undefined;
}

/** Some sentence `re` matches and `also` (if given) accepts: `sentences.some(...)`, gated as firstMatching(). */
export function anyMatching<T extends Texted>(sentences: readonly T[], re: RegExp, also?: (s: T) => boolean): boolean {
  return firstMatching(sentences, re, also) !== undefined;
}
