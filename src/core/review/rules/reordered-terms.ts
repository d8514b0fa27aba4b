// Defined terms written with their words in another order, for the undefined-term rule
// (defined-terms.ts): "Shared Honeywell IP" where "Honeywell Shared IP" is defined.
import type { ReviewContext } from '../context';
import { insideLongerTerm } from './defined-forms';
import { headingLine } from './named-not-defined';
import { hits, type Hit } from './text';

/**
 * Defined terms written with their words in another order, "Shared Honeywell IP" for "Honeywell
 * Shared IP": read over every run of capitalised words, so acronyms count too.
 */
export function reorderedTerms(ctx: ReviewContext): Hit[] {
  const bySorted = new Map<string, string>();
  // Every word of those terms: a span with any other word cannot be one of them reordered.
  const termWords = new Set<string>();
  for (const d of ctx.definitions) {
    const words = d.term.toLowerCase().split(/\s+/);
    if (words.length < 2 || words.length > 4) continue;
    bySorted.set(sortedKey(words), words.join(' '));
    for (const w of words) termWords.add(w);
  }
  if (bySorted.size === 0) return [];
  const out: Hit[] = [];
  // A run seen without two words of those terms in a row is passed over when it recurs, unread.
  const plain = new Set<string>();
  // A numbered heading ('(iii) Patent Review Process.') titles a clause; its words are no slip.
  for (const h of hits(ctx, /\b[A-Z][\w-]{0,40}(?:\s{1,5}[A-Z][\w-]{0,40}){1,5}\b/g)) {
    if (plain.has(h.text)) continue;
    const words = h.text.split(/\s+/);
    // Each word lowered once, for the run below and every window.
    const lower = words.map((w) => w.toLowerCase());
    // How many words from each one on are words of those terms: a window of n is all such words when it is at least n.
    const run: number[] = [];
    let longest = 0;
    for (let i = words.length - 1; i >= 0; i--) longest = Math.max(longest, (run[i] = termWords.has(lower[i]!) ? (run[i + 1] ?? 0) + 1 : 0));
    // The heading test only for a run that may hold a term reordered: two of its words in a row.
    if (longest < 2) plain.add(h.text);
    if (longest < 2 || headingLine(h.sentence.text)) continue;
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= words.length; i++) {
        if (run[i]! < n) continue;
        const span = lower.slice(i, i + n);
        const defined = bySorted.get(sortedKey(span));
        if (!defined || defined === span.join(' ')) continue;
        // A list or heading that also holds the term in its own order ("Marks NCM Marks"), or a longer term holding it, is not a slip.
        if (` ${lower.join(' ')} `.includes(` ${defined} `) || insideLongerTerm(ctx, words, i, n)) continue;
        const text = words.slice(i, i + n).join(' ');
        if (!out.some((o) => o.text === text)) out.push({ ...h, index: h.index + h.text.indexOf(words[i]!), text });
      }
    }
  }
  return out;
}

/** The words in order of their code units, joined: two words, the most a window holds, are put in order without a sort. */
function sortedKey(words: readonly string[]): string {
  if (words.length !== 2) return [...words].sort().join(' ');
  const [a, b] = words as [string, string];
  return a <= b ? `${a} ${b}` : `${b} ${a}`;
}
