// The forms a defined term takes where it is used, for the undefined-term rule: an optional plural,
// the last word of a longer term alone, and defined terms side by side.
import type { ReviewContext } from '../context';
import { isDefined } from './text';

/**
 * A phrase made wholly of defined terms, the last perhaps defined with the small word that follows
 * it in the text: "Patents Controlled by Xencor" where "Patents" and "Controlled by" are defined.
 */
export function madeOfDefined(ctx: ReviewContext, phrase: string, after: string): boolean {
  if (!phrase.includes(' ')) return false;
  const next = /^\s+(by|of|to|with)\b/.exec(after)?.[1];
  // A draft uses its phrases many times: each with the word after it is read once.
  let known = madeCache.get(ctx);
  if (!known) madeCache.set(ctx, (known = new Map()));
  const key = `${phrase}|${next ?? ''}`;
  let found = known.get(key);
  if (found === undefined) known.set(key, (found = readMadeOfDefined(ctx, phrase, next)));
  return found;
}

const madeCache = new WeakMap<ReviewContext, Map<string, boolean>>();

/** The document's own name: "Merchant Agreements" names other agreements, not this one with a defined word before it. */
const THIS_DOCUMENT = /^(?:agreements?|contracts?)$/i;

function readMadeOfDefined(ctx: ReviewContext, phrase: string, next: string | undefined): boolean {
  const words = phrase.split(' ');
  const defined = (from: number, to: number) => {
    const seg = words.slice(from, to).join(' ');
    if (from > 0 && THIS_DOCUMENT.test(seg)) return false;
    // A term defined with an optional plural is either number: "Patents" of "Patent(s)".
    return isDefined(ctx, seg) || pluralDefined(ctx).has(seg.toLowerCase().replace(/e?s$/, '')) || (to === words.length && next !== undefined && isDefined(ctx, `${seg} ${next}`));
  };
  const reach = [true];
  for (let i = 0; i < words.length; i++) {
    if (!reach[i]) continue;
    for (let j = i + 1; j <= words.length; j++) if (defined(i, j)) reach[j] = true;
  }
  return reach[words.length] === true;
}

/** "Zip Codes" where "Zip Code(s)" is defined: "codes" loses its "s", not its "es". */
export function optionalPlural(ctx: ReviewContext, phrase: string): boolean {
  const lower = phrase.toLowerCase();
  return [lower, lower.replace(/s$/, ''), lower.replace(/es$/, '')].some((f) => pluralDefined(ctx).has(f));
}

/** "such Property" or "the Marks" where "NCM Property" and "NCM Marks" are defined: the defined term, shortened. */
export function shortenedTerm(ctx: ReviewContext, word: string): boolean {
  return heads(ctx).has(word.toLowerCase().replace(/(?<=[a-z]{3})s$/, ''));
}

const headCache = new WeakMap<ReviewContext, Set<string>>();

/** The last words of defined terms of two or more words, singular: "NCM Marks" gives "mark". */
function heads(ctx: ReviewContext): Set<string> {
  let set = headCache.get(ctx);
  if (!set) {
    set = new Set(ctx.definitions.map((d) => d.term.toLowerCase().split(/\s+/)).filter((w) => w.length > 1).map((w) => w[w.length - 1]!.replace(/(?<=[a-z]{3})s$/, '')));
    headCache.set(ctx, set);
  }
  return set;
}

const ownerCache = new WeakMap<ReviewContext, Set<string>>();

/** Defined terms that open with a party's name, without it (lower case): "Acme Co-Branding Logo" gives "co-branding logo". */
export function withoutOwner(ctx: ReviewContext): Set<string> {
  let set = ownerCache.get(ctx);
  if (!set) {
    const owners = new Set(ctx.parties.flatMap((p) => [p.name, p.shortName ?? ''].map((n) => n.toLowerCase().split(/[\s,]+/)[0]!)).filter((n) => n.length > 1));
    set = new Set(
      ctx.definitions
        .map((d) => d.term.toLowerCase().split(/\s+/))
        .filter((w) => w.length > 1 && owners.has(w[0]!))
        .map((w) => w.slice(1).join(' ')),
    );
    ownerCache.set(ctx, set);
  }
  return set;
}

const pluralCache = new WeakMap<ReviewContext, Set<string>>();

/** Terms defined with an optional plural, "Excess Component(s)", as their singular. */
export function pluralDefined(ctx: ReviewContext): Set<string> {
  let set = pluralCache.get(ctx);
  if (!set) {
    set = new Set(ctx.definitions.filter((d) => /\((?:s|es)\)$/i.test(d.term)).map((d) => d.term.replace(/\((?:s|es)\)$/i, '').toLowerCase()));
    pluralCache.set(ctx, set);
  }
  return set;
}

/**
 * The forms a quoted term defines, lower-cased: without the comma or stop a filed copy keeps inside
 * the quotes ('"Joint Research Partners," ... means'), and both numbers of a slash or bracket
 * plural ('"Indemnified Party/ies"', '"Affiliate(s)"').
 */
export function quotedForms(quoted: string): string[] {
  // A definition wrapped across lines in a filing keeps the line's spaces ("the Integrity       Trademarks").
  const term = quoted.trim().replace(/\s+/g, ' ').replace(/[.,;:]{1,3}$/, '').toLowerCase();
  const plural = /^(.*?)(?:\/|\()(ies|es|s)\)?$/.exec(term);
  if (!plural) return [term];
  const stem = plural[1]!;
  return [stem, plural[2] === 'ies' ? stem.replace(/y$/, 'ies') : stem + plural[2]];
}

/** Words i to i+n of a run sit inside a longer defined term written there: "Patent Review" in "Patent Review List". */
export function insideLongerTerm(ctx: ReviewContext, words: string[], i: number, n: number): boolean {
  for (let a = Math.max(0, i - 3); a <= i; a++) {
    for (let b = i + n; b <= Math.min(words.length, i + n + 3); b++) if (b - a > n && isDefined(ctx, words.slice(a, b).join(' '))) return true;
  }
  return false;
}
