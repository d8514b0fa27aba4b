import type { Rule } from '../context';
import { exclusivityGrants } from './exclusivity';
import { finding } from './finding';
import { ourSide, partyBefore, partyRefs, type Side } from './side';
import { groupedEvidence, hits, type Hit } from './text';

/** A promise not to deal with others: "X shall not sell, license or supply ... any third party". */
const RESTRAINT =
  /\b(?:shall|will|may)\s+not\b[^.;]{0,60}?\b(?:sell|resell|supply|distribute|licen[cs]e|appoint|market|promote|purchase|buy|source|manufacture|develop|represent|engage)\b[^.;]{0,120}?\b(?:competi\w+|similar\s+products?|any\s+other\s+(?:supplier|distributor|manufacturer|source|vendor|licensee|reseller|dealer|agent))/gi;
/** Commitments that balance exclusivity: minimums and targets. */
const MINIMUM = /\bminimum\s+(?:annual\s+)?(?:purchase|order|quantit\w*|sales|volume|revenue|royalt\w*|commitment)|\b(?:sales|revenue)\s+targets?\b|\btarget\s+revenues?\b/gi;
/** A target the draft says binds no one: missing it is no breach, it is an intention or an estimate. */
const NO_DUTY =
  /\bnot\s+(?:constitute|be)\s+(?:a\s+)?(?:breach|default)\b|\b(?:no|without\s+any)\s+(?:obligation|liability)\b|\bnot\s+(?:be\s+)?(?:obliged|obligated|required|bound)\b|\bnon-?binding\b|\bnot\s+binding\b|\bintention\b|\bfor\s+(?:information|planning)\s+(?:purposes\s+)?only\b/i;
/** "There is no minimum purchase requirement": a minimum denied, not set (read in the few words before it). */
const NONE_BEFORE = /\b(?:no|without|nor\s+any|not\s+(?:subject\s+to\s+)?any)\b/i;
/** "The exclusive licences described in Section 2" refers to a grant made elsewhere. */
const REFERS_BACK = /^\s*(?:described|granted|referred\s+to|set\s+(?:forth|out)|provided\s+for)\b/i;

/**
 * Exclusivity that binds only one side. The side granting exclusivity, appointing or promising not
 * to deal with others is bound; a minimum purchase or its own promise binds the other.
 */
export const oneWayExclusivity: Rule = (ctx) => {
  const grants = exclusivityGrants(ctx);
  if (grants.length === 0) return [];
  const bound: Record<'A' | 'B', Hit[]> = { A: [], B: [] };
  let unresolved = 0;
  const bind = (side: Side | undefined, hit: Hit) => {
    if (side === 'A' || side === 'B') bound[side].push(hit);
    else if (side === undefined) unresolved++;
  };
  for (const g of grants) {
    if (REFERS_BACK.test(g.sentence.text.slice(g.index + g.text.length))) continue;
    // "Supplier appoints Distributor as its exclusive distributor": the appointing party is bound,
    // unless the exclusivity runs the other way ("Distributor shall purchase exclusively from").
    // "Distributor shall purchase ... exclusively from Supplier" binds its subject, the buyer;
    // "Supplier grants Distributor an exclusive licence" binds the grantor.
    if (!/^exclusive/i.test(g.text)) {
      bind(partyBefore(ctx, g.sentence.text, g.index)?.side, g);
    } else {
      bind(grantorOf(ctx, g), g);
    }
  }
  for (const h of hits(ctx, RESTRAINT)) bind(partyBefore(ctx, h.sentence.text, h.index)?.side, h);
  // A minimum purchase or sales target commits the buying side (B) in return for exclusivity.
  const minimum = bindingMinimum(ctx);
  // A binding we could not place (a party named only by its company name) may be the other half.
  if (unresolved > 0) return [];
  const onlyA = bound.A.length > 0 && bound.B.length === 0 && !minimum;
  const onlyB = bound.B.length > 0 && bound.A.length === 0;
  if (!onlyA && !onlyB) return [];
  const boundSide: 'A' | 'B' = onlyA ? 'A' : 'B';
  const ours = ourSide(ctx);
  if (ours && ours !== boundSide) return [];
  const evidence = groupedEvidence(bound[boundSide]);
  if (ours) {
    return [finding(ctx, { rule: 'one-sided.exclusivity', topic: 'exclusivity', severity: 'medium', kind: 'one-sided', evidence })];
  }
  const party = partyRefs(ctx, bound[boundSide][0]!.sentence.text).find((r) => r.side === boundSide)?.text;
  if (!party) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.exclusivity',
      key: 'one-sided.exclusivity-unknown',
      topic: 'exclusivity',
      severity: 'low',
      kind: 'one-sided',
      params: { party },
      evidence,
      sideUnknown: true,
    }),
  ];
};

/** A minimum purchase, sales or royalty commitment the draft does not say binds no one. */
export function bindingMinimum(ctx: Parameters<Rule>[0]): boolean {
  return hits(ctx, MINIMUM).some((h) => !NONE_BEFORE.test(h.sentence.text.slice(Math.max(0, h.index - 20), h.index)) && !noDuty(ctx, h));
}

/** In "X grants Y an exclusive licence" or "X appoints Y as exclusive ...", X is bound. */
export function grantorOf(ctx: Parameters<Rule>[0], g: Hit): Side | undefined {
  const before = g.sentence.text.slice(0, g.index);
  let verb: RegExpExecArray | undefined;
  const re = /\b(?:grants?|appoints?|designates?|engages?)\b/gi;
  for (let m = re.exec(before); m; m = re.exec(before)) verb = m;
  if (verb) return partyBefore(ctx, before, verb.index)?.side;
  // "X shall have the exclusive right": X holds it, so the other side is the one bound.
  const held = /\b(?:shall|will)\s+(?:have|hold|enjoy|receive|be\s+granted)\s+(?:an?\s+|the\s+)?$|\b(?:has|holds|enjoys|receives|is\s+granted)\s+(?:an?\s+|the\s+)?$/i.exec(before);
  if (!held) return undefined;
  const holder = partyBefore(ctx, before, held.index)?.side;
  return holder === 'A' ? 'B' : holder === 'B' ? 'A' : holder;
}

/** The target's own sentence, or the next one, says missing it is no breach: it commits no one. */
function noDuty(ctx: Parameters<Rule>[0], h: Hit): boolean {
  const i = ctx.sentences.indexOf(h.sentence);
  return NO_DUTY.test(h.sentence.text) || NO_DUTY.test(ctx.sentences[i + 1]?.text ?? '');
}
