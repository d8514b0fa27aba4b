import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyRefs } from './side';
import { groupedEvidence, hits } from './text';

// Feedback declared outside confidentiality: "Feedback does not constitute Partner's Confidential
// Information", "any feedback shall be deemed non-confidential", "Feedback is not confidential"; a party's
// name may stand in a Markdown form's link tag.
const NOT_CONFIDENTIAL =
  /\bfeedback\b[^.;]{0,80}?\b(?:(?:is|are|does|do|shall|will)\s+not\s+(?:\w+\s+){0,3}?(?:constitute|be|considered|deemed|treated\s+as)\b(?:\s+(?:considered|deemed|treated\s+as))?\s+(?:(?:the\s+)?(?:<[^<>]{0,80}>)?([A-Z][\w-]{1,30})(?:['’]s?)?(?:<\/[^<>]{0,20}>)?(?:['’]s?)?\s+)?(?:Confidential\s+Information|confidential\b)|(?:is|are|shall\s+be|will\s+be)\s+(?:deemed\s+|considered\s+|treated\s+as\s+)?non[\s-]?confidential\b)/gi;
/** Deals in which one side tries or uses the other's product and comments on it. */
const GIVES_FEEDBACK: ReadonlySet<string> = new Set(['sample-testing', 'technology-license']);

/**
 * What we tell them about their product is declared not to be our confidential information: our
 * engineers' comments often carry our own designs, test methods and plans, which then lose protection
 * as soon as they are given. Raised where the feedback is named as ours, or, unnamed or by a label the draft does not resolve, where we are the
 * side that tries or uses the product; quiet where it is the other side's feedback that is declared free.
 */
export const feedbackNotConfidential: Rule = (ctx) => {
  const us = ourSide(ctx);
  if (!us || !GIVES_FEEDBACK.has(ctx.scenario ?? '')) return [];
  const found = hits(ctx, NOT_CONFIDENTIAL, (h) => {
    const side = h.match[1] ? partyRefs(ctx, h.match[1])[0]?.side : undefined;
    if (side) return side === us;
    return us === 'B';
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.feedback-not-confidential', topic: 'feedback', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
