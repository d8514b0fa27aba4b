import type { Rule } from '../context';
import { finding } from './finding';
import { groupedEvidence, hits } from './text';
import { ourSide, partyBefore } from './side';

/**
 * An evaluation that may not include the tests an evaluation is for: the evaluator "will not
 * conduct security or vulnerability tests on" the product, or "benchmark" it. What we may learn
 * about the product before buying it, or building it into ours, is then only what the vendor says.
 */
const KIND = String.raw`(?:security|vulnerability|penetration|benchmark(?:ing)?|performance|load|stress)`;
const TEST_BAN = new RegExp(
  String.raw`\b(?:conduct|perform|run|carry\s+out|undertake)\s+(?:any\s+)?${KIND}(?:\s*(?:,|or|and)\s+${KIND})*\s+(?:tests?|testing|scans?|scanning)\b|\bbenchmark\s+(?:the\s+)?(?:Products?|Software|Services?|Platform|System|Samples?|Materials?)\b`,
  'g',
);
/** The ban itself: "will not", "shall not", "agrees not to", "is prohibited from". */
const NOT = /\b(?:will|shall|may|must|agrees?|undertakes?)\s+not\b|\bnot\s+to\b|\bprohibited\b|\brefrain\b/g;

export const testingBarred: Rule = (ctx) => {
  // A limit on the evaluator's testing works against the evaluator only.
  if (ctx.scenario !== 'sample-testing' || ourSide(ctx) !== 'B') return [];
  const found = hits(ctx, TEST_BAN, (h) => {
    const before = h.sentence.text.slice(0, h.index);
    const negations = [...before.matchAll(NOT)];
    const ban = negations[negations.length - 1];
    if (!ban) return false;
    // "Provider will not perform load tests on Customer's systems": the vendor bound, not us.
    const bound = partyBefore(ctx, h.sentence.text, ban.index);
    return bound?.side !== 'A' && bound?.side !== 'both';
  });
  if (found.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.testing-barred',
      topic: 'purpose-limitation',
      severity: 'low',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
    }),
  ];
};
