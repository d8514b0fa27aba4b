import type { Rule, Sentence } from '../context';
import { draftingFinding } from './drafting';
import { weDisclose } from './flow';
import { firstAttachment, numbering, numbersRestart } from './numbering';
import { quote } from './text';

/**
 * A survival clause that lists the clauses outliving the agreement by number and leaves out the
 * confidentiality clause, where that clause sets no period of its own: the duty then ends with the
 * agreement, and what was disclosed under it is free the day after. Quiet where the survival clause
 * also keeps whatever "by its nature" should survive, or speaks of confidentiality itself.
 */
const SURVIVES = /\bsurviv\w*\b/i;
const END = /\b(?:terminat|expir|cancel)\w*/i;
const CONFIDENTIAL = /\b(?:confiden(?:tial\w*|ce)|non-?disclosure|secrecy|proprietary\s+information)\b/i;
/** A clause headed for what it keeps secret ("Software a Trade Secret") is the confidentiality clause where its words impose secrecy. */
const SECRET_HEADING = /\b(?:confidential\w*|non-?disclosure|secrecy|proprietary\s+information|trade\s+secrets?)\b/i;
/** The survival clause that ends the duty itself: "the restrictions on disclosure and use shall terminate on the second anniversary". */
const DUTY_NAMED = /\brestrictions\s+on\s+(?:the\s+)?(?:use|disclosure)\b|\bdisclosure\s+and\s+use\b|\buse\s+and\s+disclosure\b/i;
const CATCH_ALL = /\bby\s+(?:its|their)\s+(?:very\s+)?(?:nature|terms|context)|\b(?:intended|meant|expected)\s+to\s+survive|\bshould\s+(?:reasonably\s+)?survive|\bexpressly\s+or\s+by\s+implication/i;
/** Where a survival list starts citing clauses: "Sections 4, 7.2, and 9 through 12", "Articles 5 and 8". */
const FIRST_CITED = /\b(?:sections?|articles?|clauses?|paragraphs?)\s+\d/i;
/** A clause number in the list; not a figure in brackets ("thirty (30) days") nor one followed by its unit. */
const NUMBER = /(?<![(\d.])\b(\d{1,3})(?:\.\d{1,3})*\b(?!\s*\))(?!\s*(?:days?|months?|years?|%|percent))/gi;
/** A confidentiality clause that says how long it lasts: it needs no place in the list. */
const OWN_PERIOD =
  /\bsurviv\w*|\b(?:after|following|beyond|notwithstanding)\s+(?:the\s+)?(?:any\s+)?(?:termination|expir\w*|end)\b|\bperpetu\w*|\bindefinite\w*|\b(?:for|during)\s+(?:a\s+period\s+of\s+)?(?:\w+\s+)?(?:\(\d+\)\s+)?years?\b/i;

/**
 * The top-level numbers a list cites, from its first clause word on, ranges read in full ("9 through
 * 12" is 9 to 12): the list may carry names in brackets between its numbers ("5.8.1 [Non-Competition], 6.1-6.2").
 */
function citedTops(text: string): Set<number> {
  const out = new Set<number>();
  const from = text.search(FIRST_CITED);
  if (from < 0) return out;
  const list = text.slice(from);
  let last: number | undefined;
  for (const m of list.matchAll(NUMBER)) {
    const n = Number(m[1]);
    // Only the words just before the number join it to the last one; bounded, so a long list is read once.
    const between = last === undefined ? '' : list.slice(Math.max(0, (m.index ?? 0) - 48), m.index).match(/(?:\s{1,9}(?:through|to)\s{1,9}|\s{0,9}[-–]\s{0,9})(?:(?:sections?|articles?|clauses?)\s{1,9})?$/i);
    if (between && last !== undefined && n > last && n - last < 50) for (let k = last; k <= n; k++) out.add(k);
    out.add(n);
    last = n;
  }
  return out;
}

const top = (section: string | undefined): number | undefined => {
  const m = section?.match(/^\s*(\d{1,3})\b/);
  return m ? Number(m[1]) : undefined;
};

export const survivalConfidentiality: Rule = (ctx) => {
  // A non-disclosure agreement is the duty: its term is the duty's period, set on purpose.
  if (ctx.scenario === 'pre-deal-disclosure') return [];
  // Restarting numbers are not those the survival list cites.
  if (numbersRestart(numbering(ctx))) return [];
  const bodyEnd = firstAttachment(ctx);
  const body = ctx.sentences.filter((s) => s.paragraph < bodyEnd);
  // The confidentiality clause: the sections headed so, by their top-level number.
  const headed = body.filter((s) => top(s.section) !== undefined && SECRET_HEADING.test(s.heading ?? ''));
  const number = top(headed.find((s) => CONFIDENTIAL.test(s.heading ?? '') || CONFIDENTIAL.test(s.text))?.section);
  const clause = headed.filter((s) => top(s.section) === number);
  if (number === undefined || clause.some((s) => OWN_PERIOD.test(s.text))) return [];
  const lists: Sentence[] = body.filter((s) => SURVIVES.test(s.text) && END.test(s.text) && citedTops(s.text).size >= 2);
  if (lists.length === 0) return [];
  const paragraphs = new Set(lists.map((s) => s.paragraph));
  const around = body.filter((s) => paragraphs.has(s.paragraph)).map((s) => s.text).join(' ');
  if (CONFIDENTIAL.test(around) || DUTY_NAMED.test(around) || CATCH_ALL.test(around)) return [];
  if (lists.some((s) => citedTops(s.text).has(number))) return [];
  // Medium where our information is what the clause protects; for the side that only receives, the
  // gap is in its favour, so the point is low and asks only that the question be settled.
  const ours = weDisclose(ctx);
  const evidence = [quote(lists[0]!), quote(clause[0]!)];
  return draftingFinding(ctx, 'drafting.survival-confidentiality', evidence, { section: String(number) }, ours ? 'medium' : 'low', ours ? undefined : 'drafting.survival-confidentiality-received');
};
