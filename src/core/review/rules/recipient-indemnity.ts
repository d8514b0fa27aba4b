import type { Rule } from '../context';
import { finding } from './finding';
import { weReceive } from './flow';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits, substantive } from './text';

// The promise to make the other side whole: "shall indemnify and hold harmless", "agrees to indemnify".
const INDEMNIFIES = /\b(?:shall|will|agrees?\s+to|undertakes?\s+to|must)\s+(?:\w+\s+){0,2}?(?:indemnif(?:y|ies)|hold\s+(?:\w+\s+){0,8}?harmless)\b/gi;
// What it covers, in an NDA: any breach, any loss or claim, what the recipient does with the information.
const REACH = /\b(?:breach\w*|any\s+and\s+all|any\s+(?:losses|damages|claims|liabilit\w+)|unauthori[sz]ed\s+(?:use|disclosure)|improper\s+(?:use|sharing)|performance)\b/i;
// A cap or a fault threshold makes it a bounded promise: "up to", "shall not exceed", "gross negligence".
const BOUNDED = /\b(?:not\s+(?:to\s+)?exceed\w*|up\s+to\s+(?:a\s+)?(?:maximum|total|aggregate|amount)|capped|limited\s+to\s+(?:the\s+)?(?:amount|sum|fees?)|aggregate\s+liability|gross(?:ly)?\s+negligen\w*|wil(?:l)?ful\s+misconduct)\b/i;

/**
 * We receive, and the draft makes us indemnify the discloser for any loss a breach causes: uncapped,
 * for acts of our representatives too, on top of damages and an injunction. An NDA carries no fee
 * to price that risk. One that "each Party" gives the other is left alone: in a mutual NDA it covers
 * our disclosures as much as theirs.
 */
export const recipientIndemnity: Rule = (ctx) => {
  if (ctx.scenario !== 'pre-deal-disclosure' || !weReceive(ctx) || !ctx.topics.confidentiality.present) return [];
  const ours = ourSide(ctx);
  const found = hits(ctx, INDEMNIFIES, (h) => {
    const text = h.sentence.text;
    if (!substantive(ctx, h.sentence) || !REACH.test(text) || BOUNDED.test(text)) return false;
    const who = partyBefore(ctx, text, h.index);
    return who !== undefined && who.side === ours;
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.recipient-indemnity', topic: 'confidentiality', severity: 'medium', kind: 'one-sided', noFix: true, evidence: groupedEvidence(found) })];
};
