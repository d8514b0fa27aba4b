import type { Rule } from '../context';
import { finding } from './finding';
import { weReceive } from './flow';
import { partyBefore, verdict } from './side';
import { groupedEvidence, hits } from './text';

// A right of prior use (prior user right): who used an invention before the patent was filed may go on using it.
const PRIOR_USE = /\bprior[\s-]+us(?:e|er)\b|\bright\s+of\s+prior\s+use\b/gi;
// Given up: "cannot deduce any rights … particularly in terms of prior use", "shall not claim a right of prior use".
const GIVEN_UP = /\b(?:cannot|neither|can\s+not|may\s+not|shall\s+not|will\s+not|must\s+not|no|nor|waives?|not\s+(?:be\s+)?entitled)\b/i;
// The waiver stops where our own knowledge starts: what we knew, made ourselves or had from others.
const CARVED_OUT = /\bindependent\w*|\bexcept\b|\bother\s+than\b|\bunless\b|\bexcluding\b/i;

/**
 * We receive and give up any prior-use right built on what we learn from them: if they later patent
 * something we already use, we must prove our use came from our own knowledge.
 */
export const priorUse: Rule = (ctx) => {
  if (!weReceive(ctx)) return [];
  const found = hits(ctx, PRIOR_USE, (h) => {
    const text = h.sentence.text;
    const waiver = GIVEN_UP.exec(text);
    if (!waiver || CARVED_OUT.test(text)) return false;
    // A waiver that binds only their side is theirs to worry about: the subject of "cannot", "shall not".
    return verdict(ctx, partyBefore(ctx, text, waiver.index)?.side) !== 'against';
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.prior-use', topic: 'background-ip', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
