import type { Rule } from '../context';
import { finding } from './finding';
import { partyBefore, verdict } from './side';
import { groupedEvidence, hits } from './text';

// A right to use or exploit something "for any purpose": the span up to the purpose names what.
const ANY_PURPOSE =
  /\b(?:right|rights|entitled|free|permitted|may|licen[cs]e)\s+(?:to\s+)?(?:use|exploit|commerciali[sz]e|disclose)\b[^.;]{0,200}?\bfor\s+any\s+(?:other\s+)?(?:lawful\s+)?purposes?\b/gi;
// What the joint work or the testing produces.
const RESULTS = /\b(?:results|data|inventions?|reports?|work\s+product|foreground|developments)\b/i;
// Feedback given away is the free-use rule's to report.
const FEEDBACK = /\b(?:feedback|suggestions?)\b/i;

/**
 * The other side may use the results of the joint work, or of testing our samples, for any purpose:
 * with our competitors, in its own products, once a paper is out or the deal ends.
 */
export const resultsAnyPurpose: Rule = (ctx) => {
  // Where the results are made on our technology: joint work, or testing our samples.
  if (ctx.scenario !== 'joint-development' && ctx.role !== 'provider') return [];
  const found = hits(ctx, ANY_PURPOSE, (h) => {
    if (!RESULTS.test(h.text) || FEEDBACK.test(h.text)) return false;
    return verdict(ctx, partyBefore(ctx, h.sentence.text, h.index + h.text.search(/\s(?:to\s+)?(?:use|exploit|commerciali|disclose)/i))?.side) === 'against';
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.results-any-purpose', topic: 'results-use', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
