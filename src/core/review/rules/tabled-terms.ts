// A term a clause opens with a colon and a table then sets out: "the parties agree to the Purchase
// Price of:" above a table whose heading row names "Purchase Price". The table is its definition.
// The colon alone is not enough ("for the Approved Research Project:" opens a list of duties): the
// next paragraph must head a column with the term, its words followed by a run of spaces or dashes.
import type { Sentence } from '../context';

/** A capitalised term closing its sentence with a colon, after "of" or nothing. */
const BEFORE_COLON = /\b(?:the|a|an)\s{1,24}([A-Z][\w-]{0,30}(?:\s{1,24}[A-Z][\w-]{0,30}){0,3})(?:\s{1,24}of)?\s{0,3}:\s{0,3}$/;

/** Terms, in lower case and single-spaced, that the table after their colon heads a column with. */
export function tabledTerms(sentences: readonly Sentence[], i: number): string[] {
  const text = sentences[i]!.text;
  if (!text.trimEnd().endsWith(':')) return [];
  const m = BEFORE_COLON.exec(text.slice(-200));
  const next = sentences[i + 1];
  if (!m || !next || next.paragraph === sentences[i]!.paragraph) return [];
  const term = m[1]!.replace(/\s+/g, ' ');
  const heading = next.text.slice(0, 300).replace(/\s+/g, (s) => (s.length > 1 ? '  ' : ' '));
  const at = heading.indexOf(term);
  return at >= 0 && /^(?: {2}|\s*-{3}|\s*$)/.test(heading.slice(at + term.length)) ? [term.toLowerCase()] : [];
}
