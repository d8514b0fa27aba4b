import type { Rule } from '../context';
import { finding } from './finding';
import { weDisclose } from './flow';
import { partyBefore } from './side';
import { groupedEvidence, hits, substantive } from './text';
import { anyMatching } from './sentence-gate';

// An exclusion of the loss a leak causes: "consequential damages", "indirect, special or incidental
// losses", "lost profits".
const CONSEQUENTIAL = /\b(?:consequential|indirect)\s+(?:[\w-]+,?\s+){0,6}?(?:damages?|loss(?:es)?)\b|\b(?:lost|loss\s+of)\s+profits?\b/gi;
// Words that make it an exclusion: "in no event shall … be liable", "neither party will have any liability".
const EXCLUDES =
  /\b(?:in\s+no\s+event|under\s+no\s+circumstances|(?:shall|will)\s+not\s+be\s+(?:liable|responsible)|(?:is|are)\s+not\s+liable|no\s+liability|not\s+have\s+any\s+liability|exclud\w+|waives?)\b/i;
// A breach of confidentiality kept out of the exclusion: "except for a breach of Section 4
// (Confidentiality)", "does not apply to … misuse of Confidential Information".
const CARVED =
  /\b(?:except|other\s+than|excluding|save|does\s+not\s+apply|shall\s+not\s+apply|will\s+not\s+apply|not\s+limit)\b[^.;]{0,160}?\b(?:confidential\w*|non-?disclosure|misappropriat\w*|misuse|wil(?:l)?ful|intentional)/i;
const LIABLE = /\b(?:liable|liability|responsible)\b/i;
const LIMITS = /\b(?:limitations?|exclusions?|liabilit(?:y|ies)|consequential|indirect)\b/i;
// A disclaimer of the information's accuracy limits what the discloser owes, not what a leak costs;
// a cap on an indemnity (for injury on a site visit) limits that indemnity.
const RELIANCE = /\b(?:accura\w+|reliance|rel(?:y|ied)\s+(?:on|upon)|as\s+is|completeness|indemnif\w*)\b/i;

/**
 * We disclose, and the draft excludes consequential loss for the side that receives (or for both):
 * what a leak costs a discloser is almost all consequential (lost sales, a competitor's head start),
 * so unless breach of confidentiality is carved out the remedy left is an injunction after the fact.
 */
export const leakDamages: Rule = (ctx) => {
  if (ctx.scenario !== 'pre-deal-disclosure' || !weDisclose(ctx) || !ctx.topics.confidentiality.present) return [];
  // The carve-out may sit in a sentence of its own: "The limitations above do not apply to a breach of Section 5 (Confidentiality)."
  if (anyMatching(ctx.sentences, CARVED, (s) => LIMITS.test(s.text))) return [];
  const found = hits(ctx, CONSEQUENTIAL, (h) => {
    const text = h.sentence.text;
    if (!substantive(ctx, h.sentence) || !EXCLUDES.test(text) || CARVED.test(text) || RELIANCE.test(text)) return false;
    // Whose liability goes: the party named before "liable" ("either Party", "the Recipient"), or no
    // one named; not the discloser's alone ("The Disclosing Party shall not be liable to the Recipient …").
    const liable = LIABLE.exec(text);
    const subject = liable ? partyBefore(ctx, text, liable.index) : undefined;
    return subject?.side !== 'A';
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.leak-damages-excluded', topic: 'liability', severity: 'medium', kind: 'one-sided', noFix: true, evidence: groupedEvidence(found) })];
};

// Liability kept only for fault beyond negligence: "limited to ... direct damages caused by gross
// negligence, intentional or deliberate misconduct", "shall not be liable unless caused by its wilful misconduct".
const INDIRECT = /\b(?:consequential|indirect|special|incidental|punitive)\b/i;
const FAULT_ONLY =
  /\bliab\w*\b[^.;]{0,80}?\b(?:limited\s+to|only\s+(?:for|to\s+the\s+extent|if|where)|solely\s+(?:for|to\s+the\s+extent)|unless|except\s+(?:for|to\s+the\s+extent|where))\b[^.;]{0,120}?\b(?:gross(?:ly)?\s+negligen\w*|wil(?:l)?ful\s+(?:misconduct|default|breach)|(?:intentional|deliberate)\s+(?:or\s+\w+\s+)?misconduct)/gi;

/**
 * We disclose, and the receiving side answers for a leak only if it was grossly negligent or meant
 * it: an ordinary careless leak, the usual one, costs it nothing.
 */
export const leakLiabilityFault: Rule = (ctx) => {
  if (ctx.scenario !== 'pre-deal-disclosure' || !weDisclose(ctx) || !ctx.topics.confidentiality.present) return [];
  const found = hits(ctx, FAULT_ONLY, (h) => {
    const text = h.sentence.text;
    // Only indirect loss left to fault is the exclusion of consequential loss, read above.
    if (!substantive(ctx, h.sentence) || RELIANCE.test(text) || INDIRECT.test(text)) return false;
    const subject = partyBefore(ctx, text, h.index + 4);
    return subject?.side !== 'A';
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.leak-liability-fault', topic: 'liability', severity: 'medium', kind: 'one-sided', noFix: true, evidence: groupedEvidence(found) })];
};
