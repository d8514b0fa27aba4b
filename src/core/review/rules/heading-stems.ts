// What the cross-reference rule reads from headings and phrases: the word stems that say what they
// are about, each heading's read once per review, and the headings indexed by stem.
import type { ReviewContext } from '../context';
import type { LabelAt, Numbering } from './numbering';
import { push } from './text';

/** Words too common in headings and clauses to say what a section is about. */
export const PLAIN = new Set(
  'the and for any its all not are may per this that these those with under pursuant accordance agreement agreements party parties provision provisions section sections clause clauses article articles paragraph general other such shall will from each which their have been into upon terms term hereof hereunder herein except subject respect sooner unless than more without within after before prior time date miscellaneous matters certain further applicable'.split(' '),
);

/** A word's stem: "terminated", "termination" and "terminate" all give "termin". */
export function stem(word: string): string {
  const w = word.replace(/(?:ing|ed|ions?|ment|es|s|ly)$/, '');
  return (w.length >= 3 ? w : word).slice(0, 6);
}

/** Word stems that say what a heading or a phrase is about; party names say nothing of that. */
export function stems(text: string, ctx?: ReviewContext): Set<string> {
  const out = new Set<string>();
  const names = ctx ? partyWords(ctx) : undefined;
  for (const w of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) if (!PLAIN.has(w) && !names?.has(w)) out.add(stem(w));
  return out;
}

const partyCache = new WeakMap<ReviewContext, Set<string>>();

function partyWords(ctx: ReviewContext): Set<string> {
  let set = partyCache.get(ctx);
  if (!set) {
    set = new Set(ctx.parties.flatMap((p) => `${p.name} ${p.shortName ?? ''}`.toLowerCase().match(/[a-z]{3,}/g) ?? []));
    partyCache.set(ctx, set);
  }
  return set;
}

export interface Heading {
  /** An entry of the definitions list, named by its term, not a clause on the matter. */
  entry: boolean;
  /** The heading's stems, party names aside. */
  h: Set<string>;
  /** Its words of three letters or more, small words aside, when there are two or more; else empty. */
  named: string;
}

const headingCache = new WeakMap<ReviewContext, Map<LabelAt, Heading>>();

/** What wrongSubject reads from a label's heading, worked out once per label, not once per reference. */
export function headingOf(ctx: ReviewContext, l: LabelAt, heading: string): Heading {
  let cache = headingCache.get(ctx);
  if (!cache) headingCache.set(ctx, (cache = new Map()));
  let out = cache.get(l);
  if (!out) {
    const entry = ctx.definitions.some((d) => d.paragraph === l.paragraph && Math.abs(d.start - l.offset) < 16 && d.term.toLowerCase() === heading.toLowerCase());
    const named = heading.toLowerCase().match(/[a-z]{3,}/g)?.filter((w) => !/^(?:the|and|for|of)$/.test(w)) ?? [];
    out = { entry, h: stems(heading, ctx), named: named.length >= 2 ? named.join(' ') : '' };
    cache.set(l, out);
  }
  return out;
}

const byStemCache = new WeakMap<Numbering, Map<string, LabelAt[]>>();

/**
 * The headed labels whose heading's stems may all be among `purpose`: those whose first stem is, in
 * reading order. A reference looks only at these, not at every label of the draft, which made
 * reading a long draft's references grow with its labels times its references.
 */
export function headedWithin(ctx: ReviewContext, n: Numbering, purpose: Set<string>): LabelAt[] {
  let index = byStemCache.get(n);
  if (!index) {
    index = new Map();
    for (const l of n.labels) {
      if (!l.heading) continue;
      const first = stems(l.heading, ctx).values().next();
      if (!first.done) push(index, first.value, l);
    }
    byStemCache.set(n, index);
  }
  const out: LabelAt[] = [];
  for (const w of purpose) out.push(...(index.get(w) ?? []));
  return out.sort((a, b) => n.order.get(a)! - n.order.get(b)!);
}
