import type { Rule } from '../context';
import { FUTURE } from './exclusive-future-ip';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits } from './text';

// A promise not to enforce: "covenants not to sue", "agrees not to assert any claim of infringement",
// "shall not bring any action … for infringement of", "a non-assert".
const NON_ASSERT =
  /\b(?:covenants?|agrees?|undertakes?|promises?)\s+(?:that\s+it\s+(?:will|shall)\s+)?not(?:\s*,[^,.;]{1,40},)?\s+(?:to\s+)?(?:sue|assert|enforce|bring)\b|\b(?:shall|will)\s+not(?:\s*,[^,.;]{1,40},)?\s+(?:sue|assert|bring|institute)\b[^.;]{0,60}?\b(?:claims?|actions?|suits?|proceedings?)\b[^.;]{0,40}?\binfring\w*|\bnon[\s-]assert(?:ion)?\b/gi;
// What it is about: patents or other IP, not every claim under the contract.
const IP = /\bpatents?\b|\bintellectual\s+property\b|\binfring\w*/i;
const REACH = 400;

/**
 * We promise not to enforce IP we do not have yet ("any patents hereafter acquired", "current and
 * future patents"): every later invention of ours in the field is free to the other side (and often
 * to its customers and successors), with no licence fee and no way to stop it, and the promise
 * usually outlives the deal. A promise limited to the patents that exist at signing, one the other
 * side makes, or one about no IP stays quiet.
 */
export const nonAssert: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours || ctx.scenario === 'pre-deal-disclosure') return [];
  const found = hits(ctx, NON_ASSERT, (h) => {
    const after = h.sentence.text.slice(h.index, h.index + h.text.length + REACH);
    if (!IP.test(after) || !FUTURE.test(after)) return false;
    const who = partyBefore(ctx, h.sentence.text, h.index)?.side;
    return who === ours || (who === 'both' && ours === 'A');
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.non-assert', topic: 'background-license', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
