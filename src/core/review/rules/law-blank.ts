// The governing law or the courts written as a blank to fill in: "the laws of the State of
// [__________]", "the state and federal courts located in {jurisdiction}", a cover-page field
// "Governing Law: [Fill in state]". A law or forum still to be filled in chooses nothing.
import type { ReviewContext, Rule } from '../context';
import { finding, inQuotes, listOf } from './finding';
import { lawByReference } from './law-by-reference';
import { TEMPLATE_FIELD } from './template-fields';
import { hits, quote, type Hit } from './text';

/** A template variable ("{governing_law}"), a run of underscores, or anything in square brackets (read below). */
const BLANK = String.raw`(?:\{[\w ]{1,40}\}|_{3,40}|\[[^\]\n]{0,160}\])`;
/**
 * Square brackets are a blank where they hold nothing, dots or bullets, or words asking for a place
 * ("[Fill in state]"). Around a place name ("[England and Wales]") they propose a law, not a blank.
 */
const EMPTY = /^\[[_.…●•*\s-]{0,40}\]$/;
const ASKS = /\b(?:fill|insert|specify|enter|name\s+of|choose|select|TBD|to\s+be\s+(?:agreed|determined|confirmed))\b/i;
/** A template's unset field ("[Dispute.Law.cl]") is a blank too. */
const isBlank = (b: string) => !b.startsWith('[') || EMPTY.test(b) || ASKS.test(b) || TEMPLATE_FIELD.test(b);
/** "laws of [ ]", "laws of the State of {governing_law}". */
const LAW = new RegExp(String.raw`\blaws?\s+of\s+(?:the\s+)?(?:(?:State|Commonwealth|Province|Country)\s+of\s+)?(${BLANK})`, 'gi');
/** "courts located in {jurisdiction}", "the courts of [___]". */
const COURTS = new RegExp(String.raw`\b(?:courts?|tribunals?)\b[^.;{[_]{0,60}?\b(?:in|of|at|for)\s+(?:the\s+)?(${BLANK})`, 'gi');
/** A cover-page field: "Governing Law: [Fill in state]", "Jurisdiction: {jurisdiction}". */
const FIELD = new RegExp(String.raw`^\W{0,4}(?:Governing\s+Law|Applicable\s+Law|Jurisdiction|Venue|Courts?|Chosen\s+Courts|Forum)\W{0,4}:\s{0,3}(${BLANK})`, 'gi');

/** Each blank governing law or forum, the blank itself last in its match. */
export function lawBlanks(ctx: ReviewContext): Hit[] {
  const blank = (h: Hit) => isBlank(h.match[1]!.trim());
  return [...hits(ctx, LAW, blank), ...hits(ctx, COURTS, blank), ...hits(ctx, FIELD, blank)];
}

export const lawBlank: Rule = (ctx) => {
  const found = lawBlanks(ctx);
  // Labels left to an unfilled cover page are that rule's point; one finding on the law is enough.
  if (found.length === 0 || lawByReference(ctx).length > 0) return [];
  const blanks = [...new Set(found.map((h) => h.match[1]!.trim()))];
  const sentences = [...new Set(found.map((h) => h.sentence))].slice(0, 4);
  return [
    finding(ctx, {
      rule: 'ambiguous.law-blank',
      topic: 'governing-law',
      severity: 'medium',
      kind: 'ambiguous',
      // The blank is filled in, not replaced by our whole clause: on a cover page it sits in a table
      // cell beside the next field's label, which a clause put in its place would take with it. A fix
      // goes in as paragraphs (fixPlacement: new, whole or part, and part adds its paragraphs after
      // the clause), never as words typed in place, and the playbooks name no law or forum of ours to
      // type: until both exist the point is a comment.
      noFix: true,
      evidence: sentences.map((s) => quote(s)),
      params: { terms: listOf(blanks.map((b) => inQuotes(b))) },
    }),
  ];
};
