import type { Rule } from '../context';
import { FUTURE } from './exclusive-future-ip';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits } from './text';

// A promise not to enforce: "covenants not to sue", "agrees not to assert any claim of infringement",
// "covenants with the Licensor that it will not commence any lawsuit", "shall not bring any action …
// for infringement of", "a non-assert".
const NON_ASSERT =
  /\b(?:covenants?|agrees?|undertakes?|promises?)(?:\s+(?:with|to|in\s+favou?r\s+of)\s+[^,.;]{1,40}?)?\s+(?:that\s+(?:it|you|they|[A-Z][\w-]{1,30}|the\s+[A-Z][\w-]{1,30})\s+(?:will|shall)\s+)?not(?:\s*,[^,.;]{1,40},)?\s+(?:to\s+)?(?:sue|assert|enforce|bring|commence|initiate|institute)\b|\b(?:shall|will)\s+not(?:\s*,[^,.;]{1,40},)?\s+(?:sue|assert|bring|institute|commence|initiate)\b[^.;]{0,60}?\b(?:claims?|actions?|(?:law)?suits?|proceedings?)\b[^.;]{0,40}?\binfring\w*|\bnon[\s-]assert(?:ion)?\b/gi;
// What it is about: patents or other IP, not every claim under the contract.
const IP = /\bpatents?\b|\bintellectual\s+property\b|\binfring\w*/i;
// Rights it reaches that the promisor may come to hold later, though no word says "future": every
// right it owns or controls with no date or list to close the set ("any intellectual property right
// owned or controlled by you"), or its rights in what it will make on the licensed technology
// ("rights in the Modifications").
const OPEN_SET =
  /\bany\s+(?:patents?|patent\s+rights?|intellectual\s+property(?:\s+rights?)?)\s+(?:now\s+)?(?:owned|controlled|held)\s+(?:or\s+(?:controlled|licensable|held)\s+)?by\b(?![^.;]{0,60}\b(?:as\s+of|at\s+the\s+(?:date|time)|on\s+the\s+Effective\s+Date|listed|set\s+(?:out|forth)|identified|in\s+(?:Schedule|Exhibit|Annex|Appendix)))/i;
const OWN_WORK = /\b(?:rights?|patents?)\s+in\s+(?:the\s+|its\s+|any\s+|such\s+|their\s+)?(?:modifications?|improvements?|enhancements?|derivative\s+works?|adaptations?)\b/i;
const REACH = 400;

/**
 * We promise not to enforce IP we do not have yet ("any patents hereafter acquired", "current and
 * future patents", any right we own or control with no date to close the set, our rights in our own
 * modifications): every later invention of ours in the field is free to the other side (and often
 * to its customers and successors), with no licence fee and no way to stop it, and the promise
 * usually outlives the deal. A promise limited to the patents that exist at signing, one the other
 * side makes, or one about no IP stays quiet.
 */
export const nonAssert: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours || ctx.scenario === 'pre-deal-disclosure') return [];
  const found = hits(ctx, NON_ASSERT, (h) => {
    const after = h.sentence.text.slice(h.index, h.index + h.text.length + REACH);
    if (!IP.test(after) || !(FUTURE.test(after) || OPEN_SET.test(after) || OWN_WORK.test(after))) return false;
    const who = partyBefore(ctx, h.sentence.text, h.index)?.side;
    return who === ours || (who === 'both' && ours === 'A');
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.non-assert', topic: 'background-license', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
