import type { Rule } from '../context';
import { finding } from './finding';
import { weReceive } from './flow';
import { groupedEvidence, hits } from './text';

// No copy at all without the discloser's written consent: "No party shall make any copies of the
// other party's Confidential Information except upon the other party's prior written approval".
const NO_COPIES =
  /\b(?:no\s+party|neither\s+party|(?:shall|will|may)\s+not)\b[^.;]{0,40}?\b(?:make|reproduce|copy)\b[^.;]{0,20}?\b(?:any\s+)?(?:cop(?:y|ies)|reproductions?)?\b[^.;]{0,80}?\b(?:except|without|unless)\b[^.;]{0,40}?\b(?:approval|consent)\b/gi;
// Copies the work needs are allowed: "except as reasonably necessary for the Purpose".
const AS_NEEDED = /\b(?:as\s+(?:reasonably\s+)?(?:necessary|required|needed)|need\s+to\s+know|for\s+the\s+Purpose|for\s+the\s+purposes?\s+of\s+(?:this\s+Agreement|performing))\b/i;

/**
 * We receive and must work with the information, yet may make no copy without written consent:
 * every drawing for a production line or a subcontractor waits on the other side.
 */
export const noCopies: Rule = (ctx) => {
  if (!weReceive(ctx) || !ctx.topics.confidentiality.present) return [];
  const found = hits(ctx, NO_COPIES, (h) => /\bcop(?:y|ies)\b|\breproduc/i.test(h.text) && !AS_NEEDED.test(h.sentence.text));
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.no-copies', topic: 'confidentiality', severity: 'low', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
