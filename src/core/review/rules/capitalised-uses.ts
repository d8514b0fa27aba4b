// How often a phrase is written with capitals mid-sentence, from an index of the draft's capitalised
// words built once per review.
import type { Rule } from '../context';
import { push, type Hit } from './text';

/** Where each capitalised word starts after a space mid-sentence, by the word's letters, built once per review. */
interface CapitalStart {
  sentence: Hit['sentence'];
  at: number;
  /** Place in reading order over the whole draft. */
  order: number;
}

const capitalStarts = new WeakMap<Parameters<Rule>[0], Map<string, CapitalStart[]>>();

function capitalIndex(ctx: Parameters<Rule>[0]): Map<string, CapitalStart[]> {
  let index = capitalStarts.get(ctx);
  if (index) return index;
  index = new Map();
  // A capitalised word after white space (a word inside another is after a letter), taken with the
  // space so the pattern itself finds only these: a test of the character before each capital
  // cost more than the rest of the index.
  const WORD_START = /\s([A-Z][A-Za-z]*)/g;
  let order = 0;
  const { sentences } = ctx;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const text = sentence.text;
    const first = text.search(/\S/);
    WORD_START.lastIndex = 0;
    for (let m = WORD_START.exec(text); m; m = WORD_START.exec(text)) {
      // After white space that follows some text: what the lookbehind (?<=\S\s+) asked, read once.
      if (m.index >= first) push(index, m[1]!, { sentence, at: m.index + 1, order: order++ });
    }
  }
  capitalStarts.set(ctx, index);
  return index;
}

const usesCache = new WeakMap<Parameters<Rule>[0], Map<string, number>>();

/**
 * Every use of a phrase written with capitals mid-sentence, however it is introduced ("servicing W2E
 * Customers"). The phrase (letters, hyphens and spaces, opening with a capital) is looked up by its
 * first word's letters in an index of the draft's capitalised words and checked there with a sticky
 * pattern, so each term costs its own uses rather than a pass over the whole draft.
 */
export function capitalisedUses(ctx: Parameters<Rule>[0], phrase: string): number {
  let cache = usesCache.get(ctx);
  if (!cache) usesCache.set(ctx, (cache = new Map()));
  const known = cache.get(phrase);
  if (known !== undefined) return known;
  const head = /^[A-Za-z]*/.exec(phrase)![0];
  // A word alone may take a plural ending: its letters run on ("Customers"); otherwise they stop at a space or hyphen.
  const keys = head === phrase ? [head, `${head}s`, `${head}es`] : [head];
  const re = new RegExp(String.raw`${phrase.replace(/ /g, String.raw` +`)}(?:s|es)?\b`, 'y');
  const lists = keys.map((k) => capitalIndex(ctx).get(k)).filter((l) => l !== undefined);
  // Reading order, and a use never starts inside the one before (as a global scan counts them). Each
  // list is in reading order already, so one is taken as it is.
  const starts = lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => a.order - b.order);
  let n = 0;
  let last: Hit['sentence'] | undefined;
  let end = 0;
  for (let i = 0; i < starts.length; i++) {
    const { sentence, at } = starts[i]!;
    if (sentence === last && at < end) continue;
    re.lastIndex = at;
    const m = re.exec(sentence.text);
    if (!m) continue;
    n++;
    last = sentence;
    end = at + m[0].length;
  }
  cache.set(phrase, n);
  return n;
}
