import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyRefs } from './side';
import { groupedEvidence, hits, type Hit } from './text';
import { holderStance, ownershipTerms } from '../terms/ownership';

// Feedback given away: a lasting licence, or use free of any restriction or payment.
const FEEDBACK = /\b(?:feedback|suggestions?)\b/gi;
const FREE =
  /\b(?:perpetual|irrevocable|royalty[\s-]free|fully[\s-]paid|freely|for\s+any\s+purpose|without\s+(?:any\s+)?(?:restriction|limitation|obligation|compensation|payment|attribution)|unrestricted)\b/i;
// A licence to use feedback "only to improve the products it is about" is the balanced position;
// one "to develop, make and sell [the licensee]'s products" is counsel's acceptable one (the playbook).
const LIMITED = /\b(?:only|solely|exclusively)\s+(?:to|for|in)\b|\bto\s+(?:develop|make|improve|manufacture|sell)\b[^.;]{0,40}?\b(?:(?:its|their)(?:\s+own)?|[A-Z][\w-]*['’]s)\s+products?\b/i;
// Data from our use of their product, used to improve or promote theirs.
const USAGE_DATA = /\b(?:usage|telemetry|operational|performance|diagnostic|statistical|system)\s+data\b/gi;
const EXPLOIT = /\b(?:freely|for\s+any\s+(?:lawful\s+)?purpose|improve|enhance|develop|promote|commerciali[sz]e|without\s+(?:any\s+)?restriction)\b/i;

/** The other side is named in the sentence, and we are not named as sharing in the benefit. */
function theirs(ctx: Parameters<Rule>[0], h: Hit): boolean {
  const ours = ourSide(ctx);
  const sides = partyRefs(ctx, h.sentence.text).map((r) => r.side);
  return sides.some((s) => s && s !== 'both' && s !== ours) && !sides.includes('both');
}

/**
 * Sentences where the feedback is given to a party other than us ("is hereby assigned to Provider"):
 * the assignment rule's to report. Feedback that stays ours ("shall remain the property of Evaluator")
 * may still be licensed away for nothing in the same sentence.
 */
export function feedbackHeldByOthers(ctx: Parameters<Rule>[0]): Set<Hit['sentence']> {
  return new Set(
    ownershipTerms(ctx)
      .filter((t) => t.verb !== 'licenses' && t.things.includes('feedback') && holderStance(ctx, t) !== 'ours')
      .map((t) => t.sentence),
  );
}

/** A clause gives them our feedback outright ("Partner hereby assigns to Provider all … Feedback"). */
function feedbackIsTheirs(ctx: Parameters<Rule>[0]): boolean {
  return ownershipTerms(ctx).some((t) => t.verb !== 'licenses' && t.verb !== 'retains' && t.things.includes('feedback') && holderStance(ctx, t) === 'theirs');
}

/**
 * We give feedback or generate data in using their product, and they may exploit it without limit:
 * comments that carry our test results or designs become theirs to use in any product.
 */
export const freeUse: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B') return [];
  const out = [];
  const owned = feedbackHeldByOthers(ctx);
  const feedback = hits(ctx, FEEDBACK, (h) => FREE.test(h.sentence.text) && !owned.has(h.sentence) && !LIMITED.test(h.sentence.text) && theirs(ctx, h));
  // Where the feedback is theirs outright, the assignment rule raises it; their free use of what they own adds nothing.
  if (feedback.length > 0 && !feedbackIsTheirs(ctx)) {
    out.push(finding(ctx, { rule: 'one-sided.free-feedback', topic: 'feedback', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(feedback) }));
  }
  const usage = hits(ctx, USAGE_DATA, (h) => EXPLOIT.test(h.sentence.text) && theirs(ctx, h));
  if (usage.length > 0) {
    out.push(finding(ctx, { rule: 'one-sided.usage-data', topic: 'test-data', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(usage) }));
  }
  return out;
};
