import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore, verdict } from './side';
import { groupedEvidence, hits, type Hit } from './text';

// "W shall have no obligations under this Clause where a Customer elects … not to include …": a
// commitment that ends whenever a customer chooses something else.
const CUSTOMER_CHOICE =
  /\b(?:shall|will)\s+(?:have|be\s+under)\s+no\s+obligations?\b[^.;]{0,60}?\b(?:where|if|when|in\s+the\s+event\s+that|to\s+the\s+extent\s+that)\s+(?:a|an|the|any|its)\s+(?:[\w-]+\s+){0,2}?customers?\s+(?:elects?|chooses?|decides?|prefers?|declines?|refuses?|requests?|directs?|does\s+not\s+(?:wish|want|agree))\b/gi;
// The commitment it excuses is itself only an efforts promise, in the same sentence or the one before.
const EFFORTS = /\b(?:reasonable|best|commercially\s+reasonable|all\s+reasonable)\s+(?:endeavou?rs|efforts)\b/i;

/**
 * The other side's only commitment to use or buy our product is an efforts promise that lapses
 * whenever a customer chooses otherwise: we commit capacity, they commit to nothing measurable.
 */
export const customerChoice: Rule = (ctx) => {
  if (!ourSide(ctx)) return [];
  const against: Hit[] = [];
  const unknown: { hit: Hit; party: string }[] = [];
  for (const h of hits(ctx, CUSTOMER_CHOICE)) {
    const before = ctx.sentences[ctx.sentences.indexOf(h.sentence) - 1];
    if (!EFFORTS.test(h.sentence.text) && !(before && EFFORTS.test(before.text))) continue;
    const obligor = partyBefore(ctx, h.sentence.text, h.index);
    // The party excused is the one that gains: against us when it is the other side.
    const v = verdict(ctx, obligor?.side);
    if (v === 'against') against.push(h);
    else if (v === 'unknown' && obligor && obligor.side === undefined) unknown.push({ hit: h, party: obligor.text });
  }
  if (against.length > 0) {
    return [finding(ctx, { rule: 'one-sided.customer-choice', topic: 'exclusivity', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(against) })];
  }
  if (unknown.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.customer-choice',
      key: 'one-sided.customer-choice-unknown',
      topic: 'exclusivity',
      severity: 'low',
      kind: 'one-sided',
      params: { party: unknown[0]!.party },
      evidence: groupedEvidence(unknown.map((u) => u.hit)),
      sideUnknown: true,
    }),
  ];
};
