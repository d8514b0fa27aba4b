import type { ReviewContext, Sentence } from '../context';
import { ourSide, partyRefs } from './side';
import { isDefined } from './text';

// A duty of confidence on a thing the draft defines, not on "Confidential Information": "maintain the
// Software in the strictest confidence", "hold the Prototype in confidence", "keep the Samples secret".
const DUTY =
  /\b(?:maintain|hold|keep|treat)\s+(?:the\s+|all\s+|such\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:in\s+(?:the\s+)?(?:strict(?:est)?\s+)?confidence|(?:as\s+)?(?:strictly\s+)?(?:confidential|secret))\b/;

/**
 * The sentence that binds our side to keep a defined thing in confidence, where the draft protects
 * its subject by name instead of defining confidential information: its whole duty, so missing
 * exceptions are missing from it.
 */
export function confidentialSubject(ctx: ReviewContext): Sentence | undefined {
  const ours = ourSide(ctx);
  return ctx.sentences.find((s) => {
    const m = DUTY.exec(s.text);
    if (m === null || ours === undefined || !isDefined(ctx, m[1]!)) return false;
    // Bound: the sentence's subject, the first party it names ("Licensor … agrees to hold all Rogers Data"), is us or each party.
    const subject = partyRefs(ctx, s.text.slice(0, m.index))[0]?.side;
    return subject === ours || subject === 'both';
  });
}
