import type { Rule } from '../context';
import { finding } from './finding';
import { prcNote } from './prc';
import { ourSide, partyBefore, verdict } from './side';
import { groupedEvidence, hits } from './text';
import { anyMatching } from './sentence-gate';

// A ban on building what competes: "use the Product in order to build a similar or competitive product",
// "develop any product that competes with".
const COMPETE =
  /\b(?:build|develop|create|design|make|produce)\w*\s+(?:\w+\s+){0,3}?(?:similar|competing|competitive|substitute)\b(?:\s+or\s+(?:similar|competing|competitive))?\s+(?:products?|services?|software|technolog\w+|solutions?|offerings?)\b|\b(?:products?|services?)\s+(?:that|which)\s+compete\s+with\b/gi;
const BARRED = /\b(?:not|never|no)\b/i;
// What keeps our own work ours: independent development, or what our staff remember.
const OUR_OWN_WORK =
  /\bindependent(?:ly)?\s+(?:\w+\s+){0,2}?(?:develop|creat|conceiv|deriv|generat)\w*|\bdevelop\w*\s+(?:\w+\s+){0,3}?independently\b|\bresiduals?\b|\bunaided\s+memor/i;
// An exception that only takes information out of what is confidential ("Confidential Information does
// not include information that the Recipient independently developed") frees that information, not the
// products we build: it leaves a ban on developing competing products whole.
const INFORMATION_EXCLUSION =
  /\b(?:does|shall|will)\s+not\s+(?:include|apply\s+to|cover)\b|\bexclud\w*\s+(?:from\s+)?(?:the\s+)?(?:definition|scope)\b|\b(?:obligations?|restrictions?)\s+(?:\w+\s+){0,6}?(?:do|does|shall|will)\s+not\s+apply\b/i;

const WORK = /\b(?:products?|services?|software|technolog\w+|solutions?)\b/i;

/** An exception to what is confidential that says nothing of the products or technology we may build. */
function excludesInformationOnly(text: string): boolean {
  return INFORMATION_EXCLUSION.test(text) && /\binformation\b/i.test(text) && !WORK.test(text);
}

/** Deals in which a ban on competing work restrains technology, not supply or distribution. */
const TECHNOLOGY_DEALS: ReadonlySet<string> = new Set(['sample-testing', 'pre-deal-disclosure', 'technology-license', 'joint-development']);

/** We take the other side's technology (evaluator, recipient, licensee, co-developer), in English or Chinese. */
export function takesTheTechnology(ctx: Parameters<Rule>[0]): boolean {
  return ourSide(ctx) === 'B' && TECHNOLOGY_DEALS.has(ctx.scenario ?? '');
}

/**
 * We evaluate, receive, license or co-develop, and may not build anything similar or competing, with no carve-out for what
 * we develop on our own: any later product in our field invites a claim that it came from their product.
 * Under PRC law a ban on developing competing technology may itself be void (Civil Code arts. 850 and
 * 864; SPC interpretation art. 10).
 */
export const competeBan: Rule = (ctx) => {
  if (!takesTheTechnology(ctx)) return [];
  // An evaluator's access is there to learn the product, so what it learns goes into its own roadmap: only a
  // carve-out for its products frees it. A licensee that uses the product for its business is freed enough.
  const evaluates = ctx.scenario === 'sample-testing';
  if (anyMatching(ctx.sentences, OUR_OWN_WORK, (s) => !(evaluates && excludesInformationOnly(s.text)))) return [];
  const found = hits(ctx, COMPETE, (h) => {
    const before = h.sentence.text.slice(0, h.index);
    const bar = [...before.matchAll(/\b(?:not|never|no)\b/gi)].pop();
    // A ban the draft puts on us (or on no one named), not one on their side.
    return bar !== undefined && BARRED.test(bar[0]) && verdict(ctx, partyBefore(ctx, h.sentence.text, bar.index)?.side) !== 'against';
  });
  if (found.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.compete-ban',
      topic: 'residuals',
      severity: 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
      ...prcNote(ctx, 'review.rule.note.prc-compete-ban'),
    }),
  ];
};
