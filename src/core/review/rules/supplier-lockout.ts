import type { Rule } from '../context';
import { exclusivityGrants } from './exclusivity';
import { finding } from './finding';
import { ourSide, partyBefore, partyRefs, partyRightAfter } from './side';
import { groupedEvidence, hits, type Hit } from './text';

// A promise not to sell or deal with anyone else: "covenants not to sell any product … to any other
// party", "will not … negotiate with any Person other than the Distributor".
const NO_OTHER =
  /\bnot\s+(?:to\s+)?(?:[\w,()]+\s+){0,6}?(?:sell|supply|distribute|deal|negotiate|contract)\w*\b[^.;]{0,160}?\b(?:to|with)\s+any\s+(?:other\s+)?(?:party|parties|person|persons|entity|entities|third\s+part(?:y|ies)|customers?)\b/gi;
// The same promise in a non-circumvention clause, where the negation opens a long list of acts:
// "will not in any way … (b) contact, approach or negotiate with any Person other than the Distributor".
const ANY_OTHER_THAN =
  /\b(?:sell|supply|distribute|deal|negotiate|contract|contact|approach|communicate|do\s+business)\w*\s+(?:directly\s+)?(?:to|with)\s+any\s+(?:other\s+)?(?:party|parties|person|persons|entity|entities|third\s+part(?:y|ies)|customers?)\s+other\s+than\b/gi;
/** The negation that governs the list, earlier in the sentence. */
const NEGATION = /\b(?:shall|will|may|agrees?\s+(?:to|that\s+it\s+will))\s+not\b|\bnot\s+to\b|\bcovenants?\s+not\b/i;
const NEGATION_REACH = 500;
// Where the promise is bounded by place, it is the usual exclusive territory, which other rules weigh.
const PLACE = /\b(?:Territory|Market|Region|territory)\b/;
const WITHIN = /\b(?:within|outside)(?:\s+of)?\b/g;

/**
 * We supply, and we promise not to sell to or deal with anyone but the distributor, with no limit
 * of place: our own customers, partners and other markets are closed to us.
 */
export const supplierLockout: Rule = (ctx) => {
  if (ourSide(ctx) !== 'A' || ctx.scenario !== 'exclusive-partnership' || exclusivityGrants(ctx).length === 0) return [];
  const keep = (h: Hit, subjectAt: number) => {
    const text = h.sentence.text;
    if (boundedByPlace(ctx, text)) return false;
    // Bound: not the distributor; benefiting: the distributor, named as the only one or as consenting.
    if (partyBefore(ctx, text, subjectAt)?.side === 'B') return false;
    return partyRefs(ctx, text.slice(h.index)).some((r) => r.side === 'B');
  };
  const found = hits(ctx, NO_OTHER, (h) => keep(h, h.index));
  for (const h of hits(ctx, ANY_OTHER_THAN)) {
    if (found.some((f) => f.sentence === h.sentence)) continue;
    const from = Math.max(0, h.index - NEGATION_REACH);
    const negation = NEGATION.exec(h.sentence.text.slice(from, h.index));
    if (negation && keep(h, from + negation.index)) found.push(h);
  }
  if (found.length === 0) return [];
  found.sort((a, b) => a.sentence.paragraph - b.sentence.paragraph || a.sentence.start - b.sentence.start);
  return [finding(ctx, { rule: 'one-sided.supplier-lockout', topic: 'exclusivity', severity: 'high', kind: 'one-sided', evidence: groupedEvidence(found) })];
};

/** The sentence limits the promise to a place: the Territory, or "within"/"outside" a place, not a party. */
function boundedByPlace(ctx: Parameters<Rule>[0], text: string): boolean {
  if (PLACE.test(text)) return true;
  WITHIN.lastIndex = 0;
  for (let m = WITHIN.exec(text); m; m = WITHIN.exec(text)) {
    // "any Customer outside of the Distributor" names a party, not a place.
    if (!partyRightAfter(ctx, text, m.index + m[0].length)) return true;
  }
  return false;
}
