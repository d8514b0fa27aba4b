import type { Rule } from '../context';
import { finding } from './finding';
import { prcNote } from './prc';
import { ourSide, partyBefore, partyRefs } from './side';
import { groupedEvidence, hits } from './text';

// "Recipient hereby grants to Provider", "shall grant Provider", "agrees to grant".
const GRANTS = /\b(?:hereby\s+)?grants?\b/gi;
// The licence may carry a long run of qualifiers before its noun.
const LICENCE = /^[^.;]{0,280}?\blicen[cs]e\b/i;
// Free, endless or passed on: what makes a licence back more than the use an evaluation needs.
const GENEROUS = /\b(?:royalty[\s-]free|free\s+of\s+charge|fully[\s-]paid(?:[\s-]up)?|perpetual|irrevocable|(?:fully\s+)?sub-?licen[cs]able|right\s+to\s+(?:grant\s+)?sub-?licen[cs]es?)\b/i;
// What the receiving side makes: its results, findings, improvements, or data it generates.
const OURS_MADE =
  /\b(?:results?(?:\s+data)?|findings?|improvements?|enhancements?|modifications?|derivative\s+works?|inventions?|test\s+data|data\s+(?:generated|produced|derived|created)\s+by)\b/i;
// The licence is only to publish, cite or describe the results, not to use them.
const PUBLISH_ONLY = /\blicen[cs]e\b[^.;]{0,120}?\bto\s+(?:cite|publish|quote|reference|describe|acknowledge)\b/i;
const USE_ACT = /\b(?:use|exploit|commerciali[sz]e|make|sell|reproduce|modify|practi[cs]e|distribute|sub-?licen[cs]e)\b/i;
// A licence paid for, or given in return for one, is a bargain rather than a grant-back.
const RECIPROCAL = /\b(?:in\s+consideration\s+of\s+the\s+licen[cs]e|cross-?licen[cs]e|royalt(?:y|ies)\s+(?:payable|of|at)|reasonable\s+(?:royalty|compensation))\b/i;

/**
 * We receive their material to evaluate or research on, and license back to the
 * provider what we make with it: our results, findings or improvements, royalty-free, perpetual or
 * with a right to sublicense. The assignment rules read transfers of title; this reads the licence,
 * which leaves us the owner on paper while the provider may use and pass on our work for nothing.
 */
export const resultsLicenceBack: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'sample-testing') return [];
  const back = hits(ctx, GRANTS, (h) => {
    const text = h.sentence.text;
    const end = h.index + h.text.length;
    const licence = LICENCE.exec(text.slice(end));
    if (!licence || RECIPROCAL.test(text)) return false;
    if (partyBefore(ctx, text, h.index)?.side !== 'B') return false;
    const rest = text.slice(end);
    if (!GENEROUS.test(rest) || !OURS_MADE.test(rest)) return false;
    if (PUBLISH_ONLY.test(rest) && !USE_ACT.test(rest.slice(licence[0].length))) return false;
    // The grantee: the first party named after the verb, before or just after the licence noun.
    const grantee = partyRefs(ctx, rest.slice(0, licence[0].length + 40))[0];
    return grantee?.side === 'A';
  });
  if (back.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.results-licence-back',
      topic: 'improvements',
      severity: 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence(back),
      ...prcNote(ctx),
    }),
  ];
};
