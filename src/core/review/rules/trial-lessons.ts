import type { ReviewContext } from '../context';
import { holderStance, ownershipTerms } from '../terms/ownership';
import { ourSide, partyBefore } from './side';

// Free use of the evaluator's feedback: "Provider may use all Feedback freely", "is free to use any feedback".
const USES_FEEDBACK = /\b(?:may|is\s+free\s+to|shall\s+be\s+free\s+to)\s+(?:freely\s+)?use\b[^.;]{0,60}?\b(?:feedback|suggestions)\b/gi;
const FREELY = /\b(?:freely|without\s+(?:any\s+)?(?:restriction|limitation|obligation|compensation)|for\s+any\s+purpose)\b/i;

/**
 * Where we provide what is tested and the evaluator's feedback on it is ours, outright or to use freely,
 * what the trial teaches reaches us: who owns the evaluator's own notes of its trial costs us nothing,
 * and silence on test data is no gap for the provider. A provider that gets no feedback still needs
 * the results, and the point stays.
 */
export function trialLessonsOurs(ctx: ReviewContext): boolean {
  if (ctx.scenario !== 'sample-testing' || ourSide(ctx) !== 'A') return false;
  const owned = ownershipTerms(ctx).some(
    (t) => t.verb !== 'licenses' && t.verb !== 'retains' && t.things.includes('feedback') && holderStance(ctx, t) === 'ours',
  );
  if (owned) return true;
  return ctx.sentences.some((s) => {
    if (!FREELY.test(s.text)) return false;
    for (const m of s.text.matchAll(USES_FEEDBACK)) if (partyBefore(ctx, s.text, m.index)?.side === 'A') return true;
    return false;
  });
}

/**
 * Where we test the other side's product and the draft hands it our feedback and nothing else of the
 * trial ("Provider owns all Feedback"), the data we make while testing stays with us, who made it:
 * the draft has said what they get. Silence on test data is then a note for the evaluator, not a gap.
 */
export function onlyFeedbackTheirs(ctx: ReviewContext): boolean {
  if (ctx.scenario !== 'sample-testing' || ourSide(ctx) !== 'B') return false;
  const theirs = ownershipTerms(ctx).filter((t) => t.verb !== 'licenses' && t.verb !== 'retains' && holderStance(ctx, t) === 'theirs');
  return theirs.some((t) => t.things.includes('feedback')) && !theirs.some((t) => t.things.includes('test-data') || t.things.includes('results'));
}
