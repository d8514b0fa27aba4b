import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits } from './text';

// An exclusive grant: "grants to X an exclusive (even as to the Licensor) right and licence"; not "non-exclusive".
const EXCLUSIVE_GRANT = /\bgrants?\b[^.;]{0,120}?(?<!non-)(?<!non)\bexclusive\b[^.;]{0,160}?\blicen[cs]es?\b/gi;
// What is not yet ours when we sign: "all current and future Background IP", "patents hereafter
// acquired", "any future improvements".
export const FUTURE =
  /\b(?:current|present|existing)\s+and\s+future\b|\bnow\s+or\s+hereafter\b|\b(?:hereafter|later|subsequently)[\s-](?:acquired|developed|filed|issued|owned|created|arising|conceived)\b|\bfuture\s+(?:patents?|patent\s+applications?|improvements?|intellectual\s+property|IP\b|technology|know-how|inventions?|developments?)\b/i;
const SENTENCE_REACH = 400;

/** Deals in which we grant rights in our technology. */
const GRANTING_DEALS: ReadonlySet<string> = new Set(['technology-license', 'joint-development', 'custom-development', 'exclusive-partnership']);

/**
 * We grant an exclusive licence whose object reaches IP we do not have yet: every later patent or
 * improvement of ours in its field goes into the other side's exclusivity, for no more money, and
 * we may not use it there ourselves or license it to anyone else.
 */
export const exclusiveFutureIp: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (ours !== 'A' || !GRANTING_DEALS.has(ctx.scenario ?? '')) return [];
  const found = hits(ctx, EXCLUSIVE_GRANT, (h) => {
    const grantor = partyBefore(ctx, h.sentence.text, h.index)?.side;
    if (grantor !== ours) return false;
    return FUTURE.test(h.sentence.text.slice(h.index, h.index + h.text.length + SENTENCE_REACH));
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.exclusive-future-ip', topic: 'background-license', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
