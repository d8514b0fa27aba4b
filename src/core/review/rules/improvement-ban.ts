import type { Rule } from '../context';
import { finding } from './finding';
import { prcNote, underPrcLaw } from './prc';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits } from './text';

// Improving what is licensed: "modify, improve or create derivative works of the Licensed Technology".
// The object is the licensed technology itself; a ban on modifying software or samples supplied for
// use is the ordinary limit of a use licence or an evaluation.
const IMPROVE = new RegExp(
  String.raw`\b(?:improve|modify|enhance|adapt|further\s+develop|(?:create|make|prepare)\s+(?:any\s+)?(?:improvements?|modifications?|enhancements?|derivative\s+works?|derivatives)\s+(?:to|of|on|based\s+on))\b[^.;]{0,60}?\b(?:Licensed\s+(?:Technology|Patents?|Know[\s-]How|Process(?:es)?)|Technical\s+Information)\b`,
  'g',
);
/** The ban: "shall not", "agrees not to", "is prohibited from". */
const NOT = /\b(?:shall|will|may|must)\s+not\b|\bagrees?\s+not\s+to\b|\bprohibited\s+from\b/g;

/** We take their technology to build on it: a licensee, or a co-developer working on the owner's technology. */
export function improvesTheirs(ctx: Parameters<Rule>[0]): boolean {
  return ourSide(ctx) === 'B' && (ctx.scenario === 'technology-license' || ctx.scenario === 'joint-development');
}

/**
 * We take a licence or co-develop on their technology, and may not improve what we license: our products stay tied to the technology as
 * it is today. Under PRC law a ban on improving the licensed technology is an illegal monopoly of
 * technology that risks voiding the term (Civil Code art. 850; SPC interpretation art. 10(1)).
 */
export const improvementBan: Rule = (ctx) => {
  if (!improvesTheirs(ctx)) return [];
  const found = hits(ctx, IMPROVE, (h) => {
    const before = h.sentence.text.slice(Math.max(0, h.index - 160), h.index);
    const ban = [...before.matchAll(NOT)].pop();
    if (!ban) return false;
    // "The Licensor shall not modify the Licensed Technology without notice": the licensor bound, not us.
    const bound = partyBefore(ctx, before, ban.index)?.side;
    return bound !== 'A' && bound !== 'both';
  });
  if (found.length === 0) return [];
  // Under PRC law the ban itself may be void, which makes it more than a commercial point.
  const prc = underPrcLaw(ctx);
  return [
    finding(ctx, {
      rule: 'one-sided.improvement-ban',
      topic: 'improvements',
      severity: prc ? 'medium' : 'low',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
      ...prcNote(ctx),
    }),
  ];
};
