import type { Evidence } from '../../findings';
import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { hits, quote } from './text';

// The licence does not follow us into a buyer's business: "in no event will the licenses granted in
// this Agreement extend to products … of the assignee existing on or before the date of the
// transaction", "the licence shall not extend to any product of the acquiring entity".
const NOT_EXTEND =
  /\b(?:in\s+no\s+event|under\s+no\s+circumstances)\s+(?:will|shall)\s+(?:the|any|such)\s+(?:licen[cs]es?|rights)\b|\b(?:licen[cs]es?|rights\s+granted)\b[^.;]{0,80}?\b(?:shall|will)\s+not\s+(?:extend|apply)\s+to\b/gi;
// …whose products: a buyer's, and those it had before the deal.
const BUYER = /\b(?:acquir(?:ers?|es|ing\s+(?:party|entity|company))|assignee|successor|surviving\s+(?:entity|company|party)|purchaser|third[\s-]party\s+acquirer)\b/i;
const BEFORE_DEAL = /\b(?:existing|prior\s+to|on\s+or\s+before|before|as\s+of)\b/i;
// Or the licence shrinks to the business as it stood at the deal: "limited to … the products of such
// party existing as of the effective date of the Change of Control".
const FROZEN =
  /\blimited\s+to\b[^.;]{0,200}?\b(?:existing|conducted)\s+(?:as\s+of|on|at|prior\s+to)\s+(?:the\s+)?(?:effective\s+)?(?:date|time)\s+of\s+(?:the\s+|such\s+|any\s+)?(?:change\s+(?:of|in)\s+control|acquisition|merger|assignment|divest(?:ment|iture)|sale)/gi;

/** How far after the words that stop the licence its object is read. */
const REACH = 500;

/**
 * Our licence stays with the business we have when it is sold or merged but stops at the buyer's
 * own products: a buyer cannot bring its product lines under it, which cuts what the business is
 * worth to a buyer and what the licence is worth to us.
 */
export const licenceAcquirer: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  const evidence: Evidence[] = [];
  const stops = hits(ctx, NOT_EXTEND, (h) => {
    const after = h.sentence.text.slice(h.index, h.index + REACH);
    return BUYER.test(after) && BEFORE_DEAL.test(after);
  });
  const frozen = hits(ctx, FROZEN, (h) => /\blicen[cs]e/i.test(h.sentence.text.slice(Math.max(0, h.index - REACH), h.index)));
  for (const h of [...stops, ...frozen]) {
    // "the licences granted to the Licensor shall not extend to …" limits theirs, not ours.
    if (partyBefore(ctx, h.sentence.text, h.index + h.text.length)?.side === 'A') continue;
    evidence.push(quote(h.sentence, h.index, h.index + h.text.length));
  }
  if (evidence.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.licence-acquirer', topic: 'background-license', severity: 'medium', kind: 'one-sided', evidence: evidence.slice(0, 8) })];
};
