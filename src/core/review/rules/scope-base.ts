// Where an undefined term sets the scope of the deal or a deadline: the purpose information or
// rights may be used for ("for the purposes of the Project only", "solely in connection with the
// Evaluation"), the work in scope ("the scope of the Programme"), or the event a period runs from
// ("within thirty (30) days after Acceptance"). Left undefined, what may be used or done, or by when,
// is open to argument, so the undefined-term rule raises such a term at medium, as it does a royalty
// base (money-base.ts). A term that only sits in such a clause ("the Recipient" in a purpose clause)
// sets nothing: the term must be what the words name.
import type { ReviewContext } from '../context';
import { DOCUMENT_WORD } from './capital-words';
import type { Hit } from './text';

/** The scope just before the term: "purposes of the", "scope of this", "solely for the", "only in connection with the". */
const SCOPE_BEFORE =
  /(?:\b(?:purposes?|scope)\s{1,3}of\s{1,3}|\b(?:solely|only|exclusively)\s{1,3}(?:for|in\s{1,3}connection\s{1,3}with|in\s{1,3}relation\s{1,3}to)\s{1,3})(?:the|this|such)\s{1,3}$/i;
/** A period running from the term: "within 30 days after", "no later than ten (10) Business Days following the". */
const DEADLINE_BEFORE =
  /\b(?:within|no\s{1,3}later\s{1,3}than|not\s{1,3}later\s{1,3}than)\s{1,3}[\w-]{1,12}\s{1,3}(?:\(\d{1,4}\)\s{1,3})?(?:business\s{1,3}|calendar\s{1,3}|working\s{1,3})?(?:days?|weeks?|months?)\s{1,3}(?:after|following|from|of)\s{1,3}(?:the\s{1,3}|its\s{1,3})?$/i;

/** The term at the hit sets the purpose of use, the scope of the work, or when a period starts. */
export function setsScope(h: Hit): boolean {
  const before = h.sentence.text.slice(Math.max(0, h.index - 70), h.index);
  return SCOPE_BEFORE.test(before) || DEADLINE_BEFORE.test(before);
}

/**
 * An undefined term, with its uses, raised at medium for what it decides: not a part of the document
 * ("for the purposes of this Privacy Exhibit"), not a defined term with one letter wrong ("the
 * Effective Dave": its meaning is plain), and not one a bracket seems to define, its quotes lost in
 * filed text ("(he Acceptance Test Date)").
 */
export function scopeTerm(ctx: ReviewContext, term: string, uses: readonly Hit[]): boolean {
  if (!uses.some(setsScope) || DOCUMENT_WORD.test(term.slice(term.lastIndexOf(' ') + 1))) return false;
  const lower = term.toLowerCase();
  if (ctx.definitions.some((d) => oneLetterOff(d.term.toLowerCase(), lower))) return false;
  const closed = `${term})`;
  return !ctx.sentences.some((s) => s.text.includes(closed));
}

function oneLetterOff(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differing = 0;
  for (let i = 0; i < a.length && differing < 2; i++) if (a[i] !== b[i]) differing++;
  return differing === 1;
}
