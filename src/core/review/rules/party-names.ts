import type { ReviewContext } from '../context';
import { plainQuotes } from '../typed-quotes';

/**
 * A quoted name of one to three capitalised words ("MRT", "Company", "Baidu"), or a pronoun the
 * bracket gives the party ("you", "we", "us"), the American comma inside the quotes allowed.
 */
const QUOTED_NAME = /["“]([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}|we|us|you),?["”]/g;
/** "Party" and "Agreement" name no one party; a capitalised pronoun is a heading's, not a name. */
const NOT_A_NAME = /^(?:We|Us|Our|You|Your|Party|Parties|Agreement)$/;

/**
 * The names one naming bracket gives its party: ("Acme", the "Supplier" or "we") is all three,
 * however the list is joined ("X" or "Y"; "X", "Y" and "Z").
 */
export function bracketNames(bracket: string): string[] {
  return [...bracket.matchAll(QUOTED_NAME)].map((m) => m[1]!).filter((n) => !NOT_A_NAME.test(n));
}

/**
 * Every name the opening gives a party in the bracket after it, whether or not a role label is
 * among them: Medway Realty Trust, Inc. ("MRT" or the "Company") is "MRT" and "the Company", one
 * party with two names. Read up to the next party's introduction ("... ) and Harbour Advisers").
 */
export function namesBeside(ctx: ReviewContext, name: string): string[] {
  const lower = name.toLowerCase();
  for (const s of ctx.sentences.slice(0, 20)) {
    const at = s.text.toLowerCase().indexOf(lower);
    if (at < 0) continue;
    const after = plainQuotes(s.text.slice(at + name.length, at + name.length + 160));
    // Only a bracket right after the name: "Acme Inc., a Delaware corporation (" may come first.
    const open = after.indexOf('(');
    if (open < 0 || open > 80) return [];
    const close = after.indexOf(')', open);
    const bracket = after.slice(open, close < 0 ? undefined : close);
    return bracketNames(bracket);
  }
  return [];
}
