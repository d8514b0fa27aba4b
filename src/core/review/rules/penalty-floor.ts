import type { Rule } from '../context';
import { finding, topicAt } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hitsWhere, substantive, type Hit } from './text';

// A penalty or liquidated sum: "a penalty of", "liquidated damages", "a contractual fine".
const PENALTY = /\b(?:penalt(?:y|ies)|liquidated\s+damages|contractual\s+(?:penalty|fine))\b/gi;
// With a floor, whatever the breach or the loss: "not less than EUR 10,000", "a minimum of", "whichever is higher".
const FLOOR = /\b(?:not|no)\s+less\s+than\b|\bminimum\b|\bat\s+least\b|\bwhichever\s+is\s+(?:the\s+)?(?:higher|greater)\b|\bthe\s+(?:higher|greater)\s+of\b/i;
// The rare words, looked for first.
const CUE = /penalt|liquidated|fine/i;
/** How far after the penalty its floor is read. */
const FLOOR_REACH = 120;
// Who pays: "the Licensee shall pay", "Recipient shall be liable for".
const PAYS = /\b(?:shall|will|must|agrees?\s+to)\s+(?:\w+\s+){0,2}?(?:pay|be\s+liable\s+(?:for|to\s+pay)|owe|forfeit)\b/i;
// The penalty falls on use of what the licensor licenses: "any person uses the Licensor's intellectual property".
const USE_OF_LICENSED = /\b(?:uses?|using|use\s+of|exploits?)\b[^.;]{0,60}?\b(?:Licensor['’]s|(?:the\s+)?Licensed\s+[A-Z]\w+|licensed\s+(?:technology|software|materials?|code))/;

/**
 * We owe a penalty or liquidated sum with a floor: a fixed minimum, or the higher of a sum and a share
 * of revenue, however small the breach or the loss. Many laws let a court reduce a sum far above the
 * loss, but only in a dispute; meanwhile the floor is leverage over us. Quiet where the other side pays
 * it, and where the draft does not say who does, except a penalty for using what a licence we take
 * covers, which only the licensee can incur.
 */
export const penaltyFloor: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours) return [];
  const found = hitsWhere(ctx, CUE, PENALTY, (h: Hit) => {
    const text = h.sentence.text;
    if (!substantive(ctx, h.sentence) || !FLOOR.test(text.slice(h.index, h.index + FLOOR_REACH))) return false;
    const pays = PAYS.exec(text);
    if (pays) return partyBefore(ctx, text, pays.index)?.side === ours;
    return ctx.scenario === 'technology-license' && ours === 'B' && USE_OF_LICENSED.test(text);
  });
  if (found.length === 0) return [];
  const evidence = groupedEvidence(found);
  return [finding(ctx, { rule: 'one-sided.penalty-floor', topic: topicAt(ctx, evidence[0]?.paragraph), severity: 'medium', kind: 'one-sided', evidence, noFix: true })];
};
