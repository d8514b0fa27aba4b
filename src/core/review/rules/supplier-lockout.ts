import type { Rule } from '../context';
import { exclusivityGrants } from './exclusivity';
import { finding } from './finding';
import { ourSide, partyBefore, partyRefs } from './side';
import { groupedEvidence, hits } from './text';

// A promise not to sell or deal with anyone else: "covenants not to sell any product … to any other
// party", "will not … negotiate with any Person other than the Distributor".
const NO_OTHER =
  /\bnot\s+(?:to\s+)?(?:[\w,()]+\s+){0,6}?(?:sell|supply|distribute|deal|negotiate|contract)\w*\b[^.;]{0,160}?\b(?:to|with)\s+any\s+(?:other\s+)?(?:party|parties|person|persons|entity|entities|third\s+part(?:y|ies)|customers?)\b/gi;
// Where the promise is bounded by place, it is the usual exclusive territory, which other rules weigh.
const PLACE = /\b(?:Territory|Market|Region|territory|within|outside)\b/;

/**
 * We supply, and we promise not to sell to or deal with anyone but the distributor, with no limit
 * of place: our own customers, partners and other markets are closed to us.
 */
export const supplierLockout: Rule = (ctx) => {
  if (ourSide(ctx) !== 'A' || ctx.scenario !== 'exclusive-partnership' || exclusivityGrants(ctx).length === 0) return [];
  const found = hits(ctx, NO_OTHER, (h) => {
    const text = h.sentence.text;
    if (PLACE.test(text)) return false;
    // Bound: not the distributor; benefiting: the distributor, named as the only one or as consenting.
    if (partyBefore(ctx, text, h.index)?.side === 'B') return false;
    return partyRefs(ctx, text.slice(h.index)).some((r) => r.side === 'B');
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.supplier-lockout', topic: 'exclusivity', severity: 'high', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
