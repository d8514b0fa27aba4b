import type { ReviewContext } from '../context';
import { perReview } from '../per-review';
import { escapeRegExp } from '../../regex-escape';
import { labelSide } from './role-labels';

// A party who is a person is often called by surname alone in the terms: "Mr. Smith shall assign",
// "Smith will provide". The surname is that person's name only where the draft uses it as a name:
// never a word it also writes in lower case ("Price", "Young", "Bill": "the price", "young"), a term
// it defines, a role label, or a word of a company party's name.

// Words that end a name but are no surname: "John Smith Jr.", "Ann Lee, PhD".
const SUFFIX = /^(?:Jr|Sr|II|III|IV|PhD|Ph\.D|MD|Esq)\.?$/;

/** The lower-case words the draft writes, once per review. */
const lowerWords = perReview((ctx: ReviewContext): Set<string> => {
  const out = new Set<string>();
  for (const s of ctx.sentences) for (const m of s.text.matchAll(/\b[a-z][a-z'’-]{2,30}\b/g)) out.add(m[0]);
  return out;
});

/**
 * The surname a person who is a party goes by in the terms, with and without a form of address
 * ("Smith" of "John Smith"), or nothing where the draft never calls the person so or the word
 * could be something else.
 */
export function surnameOf(ctx: ReviewContext, fullName: string): string | undefined {
  const words = fullName
    .trim()
    .split(/[\s,]+/)
    .filter((w) => w && !SUFFIX.test(w));
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  if (!/^[A-Z][A-Za-z'’-]{2,30}$/.test(last)) return undefined;
  const lower = last.toLowerCase();
  if (lowerWords(ctx).has(lower) || labelSide(last) || ctx.definitions.some((d) => d.term.toLowerCase() === lower)) return undefined;
  if (ctx.parties.some((p) => p.name.toLowerCase().split(/\s+/).includes(lower))) return undefined;
  // Used alone, not only inside the full name.
  const alone = new RegExp(`\\b${escapeRegExp(last)}\\b`, 'g');
  const whole = escapeRegExp(words.slice(0, -1).join(' '));
  const inName = new RegExp(`${whole}\\s{1,3}$`);
  const used = ctx.sentences.some((s) => {
    alone.lastIndex = 0;
    for (let m = alone.exec(s.text); m; m = alone.exec(s.text)) if (!inName.test(s.text.slice(Math.max(0, m.index - fullName.length - 3), m.index))) return true;
    return false;
  });
  return used ? last : undefined;
}
