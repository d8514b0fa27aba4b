import type { Rule } from '../context';
import { opening } from './blank-preamble';
import { draftingFinding, draftingHits } from './drafting';
import { TEMPLATE_FIELD_SOURCE } from './template-fields';
import { groupedEvidence, hits } from './text';

/**
 * A requirement written as still open: "Talkdown performance requirement [TBD]", "the acceptance
 * criteria are to be agreed". Sums left open are blank-price's; a schedule date "TBD by the site
 * manager" names who fixes it and is no requirement.
 */
const OPEN = /(?<![\w-])(?:TBD|TBA)(?![\w-])|(?:\b(?:is|are|be)\s+|[:=]\s*)(?:still\s+)?[Tt]o\s+be\s+(?:determined|agreed|confirmed|negotiated)\b(?!\s+by\b)/g;
/** What the open value is: a requirement the other side must meet, named shortly before it. */
const REQUIREMENT =
  /\b(?:requirements?|specifications?|criteria|service\s+levels?|performance\s+(?:standards?|levels?|targets?)|acceptance\s+tests?|milestones?|deadlines?|delivery\s+dates?|targets?|thresholds?|minimum\s+(?:quantit(?:y|ies)|volumes?|purchases?))\b[^.;]{0,60}$/i;
/** Money left open is blank-price's point. */
const MONEY = /\b(?:fees?|prices?|royalt(?:y|ies)|payments?|compensation|commissions?|rates?|costs?|revenue\s+share)\b[^.;]{0,60}$/i;
/** What turns on it is a right to end the deal. */
const TERMINATION = /\bterminat/i;

/**
 * A date left blank where an agreement is dated or takes effect: "dated as of [ ]", "effective as
 * of ____". The opening words are blank-preamble's; elsewhere it is another agreement's date, or
 * the day this one starts, left to fill in.
 */
const BLANK_DATE = /\b(?:dated|effective|made)\s+(?:as\s+of\s+|on\s+)?(?:\[\s*[●•·_]*\s*\]|_{3,})/g;

/**
 * A cross-reference left to fill in: "This section [9.Xnum] shall survive", "as set out in Clause [●]",
 * "Section ___". A number, even a wrong one, is cross-references' point; a redaction ("[***]") is filled
 * in the signed text.
 */
const BLANK_REFERENCE = new RegExp(
  String.raw`\b(?:[Ss]ections?|SECTIONS?|[Cc]lauses?|CLAUSES?|[Aa]rticles?|ARTICLES?|[Pp]aragraphs?)\s{1,3}(?:\[\s{0,3}[●•·_]{0,12}\s{0,3}\]|\[\s{0,3}(?:[Xx#]{1,3}|\d{1,3}\.[Xx]{1,2})\s{0,3}\]|_{3,}|${TEMPLATE_FIELD_SOURCE})`,
  'g',
);

/** A performance requirement, a service level or a milestone left to be determined. */
export const openTerms: Rule = (ctx) => {
  const found = hits(ctx, OPEN, (h) => {
    const before = h.sentence.text.slice(Math.max(0, h.index - 80), h.index);
    return REQUIREMENT.test(before) && !MONEY.test(before);
  });
  const severity = found.some((h) => TERMINATION.test(h.sentence.text)) ? 'medium' : 'low';
  // The opening words are blank-preamble's: the sentences it reads, where it reads them.
  const preamble = opening(ctx.sentences);
  const dates = hits(ctx, BLANK_DATE, (h) => !preamble.some((s) => s.paragraph === h.sentence.paragraph && s.start === h.sentence.start && h.index < s.text.length));
  return [
    ...draftingFinding(ctx, 'drafting.open-term', groupedEvidence(found), { count: found.length }, severity),
    ...draftingHits(ctx, 'drafting.blank-date', dates),
    ...draftingHits(ctx, 'drafting.blank-reference', hits(ctx, BLANK_REFERENCE)),
  ];
};
