import type { Rule } from '../context';
import { finding, topicAt } from './finding';
import { ourSide, partyBefore, partyRefs } from './side';
import { groupedEvidence, hits, substantive, type Hit } from './text';

// What one side pays the other: fees, prices, rates, commissions, royalties, a fee schedule or price list.
const PRICE = String.raw`(?:fees?|fee\s+(?:rates?|schedules?)|prices?|price\s+lists?|pricing|rates?|commissions?|royalt(?:y|ies)|compensation|charges|discounts?)`;
// "Supplier may at any time change its prices", "reserves the right to revise the Fees".
const ACTIVE = new RegExp(
  String.raw`\b(?:may(?!\s+not\b)|shall\s+have\s+the\s+right\s+to|reserves?\s+the\s+right\s+to|(?:is|are|shall\s+be)\s+entitled\s+to)(?:\s*,[^,.;]{1,40},)?\s+(?:\w+\s+){0,3}?(?:change|modify|amend|adjust|revise|increase|alter|vary)\s+(?:or\s+\w+\s+)?(?:the\s+|its\s+|their\s+|any\s+|such\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?${PRICE}\b`,
  'gi',
);
// "The fee rate … may be prospectively increased or decreased by", "the Fees … shall be subject to modification by".
const PASSIVE = new RegExp(
  String.raw`\b${PRICE}\b[^.;]{0,120}?\b(?:may|shall|will|are|is)\s+(?:be\s+)?(?:\w+\s+)?(?:subject\s+to\s+(?:modification|change|adjustment|revision|amendment)|(?:changed|modified|amended|adjusted|revised|increased|decreased|altered|varied|reduced)(?:\s+or\s+(?:increased|decreased|changed|modified|reduced|adjusted))?)\s+by\s+`,
  'gi',
);
// The change is the holder's to make alone: at its discretion, at any time, or merely on notice.
const ALONE =
  /\b(?:sole|absolute|own|reasonable)\s+discretion\b|\bat\s+(?:its|their|his|her)\s+discretion\b|\bat\s+any\s+time\b|\bfrom\s+time\s+to\s+time\b|\b(?:upon|on|by\s+giving|after)\s+(?:[\w()-]+\s+){0,5}?(?:written\s+)?(?:notice|notification)\b/i;
// Agreed, capped or tied to an outside measure: a change the other side cannot make alone.
const BOUND =
  /\bmutual(?:ly)?\b|\bwritten\s+agreement\b|\bagreed\s+(?:upon\s+)?(?:in\s+writing\s+)?(?:by|between)\s+(?:both|the)\s+parties\b|\bconsent\b|\bconsumer\s+price\s+index\b|\bCPI\b|\bpass[\s-]?through\b|\bin\s+proportion\s+to\b|\bnot\s+(?:to\s+)?(?:exceed|more\s+than)\b|\bonce\s+(?:per|a|in\s+any)\b/i;
/** How far after "by" the party is read. */
const PARTY_REACH = 40;

/**
 * The other side may change what it pays us or what we pay it, alone: at its discretion, at any time or
 * merely on notice. The price is what the deal is about; a right to move it at will lets them reprice
 * what we have committed to (stock, a sales force, exclusivity) while we stay bound. Quiet where the
 * change needs our agreement or consent, is capped, follows an index or passes through a third party's
 * cost, or where either side may make it; and where the draft does not say which party makes it.
 */
export const priceChange: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours || ctx.scenario === 'pre-deal-disclosure') return [];
  const found: Hit[] = [];
  const theirs = (side: string | undefined) => side !== undefined && side !== ours && side !== 'both';
  const unilateral = (h: Hit) => substantive(ctx, h.sentence) && ALONE.test(h.sentence.text) && !BOUND.test(h.sentence.text);
  for (const h of hits(ctx, ACTIVE, unilateral)) if (theirs(partyBefore(ctx, h.sentence.text, h.index)?.side)) found.push(h);
  for (const h of hits(ctx, PASSIVE, unilateral)) {
    const at = h.index + h.text.length;
    const ref = partyRefs(ctx, h.sentence.text.slice(at, at + PARTY_REACH))[0];
    if (ref && /^(?:the\s+)?$/i.test(h.sentence.text.slice(at, at + ref.index)) && theirs(ref.side)) found.push(h);
  }
  if (found.length === 0) return [];
  const evidence = groupedEvidence(found);
  return [
    finding(ctx, { rule: 'one-sided.price-change', topic: topicAt(ctx, evidence[0]?.paragraph), severity: 'medium', kind: 'one-sided', evidence, noFix: true }),
  ];
};
