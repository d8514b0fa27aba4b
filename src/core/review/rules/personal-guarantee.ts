import type { Rule } from '../context';
import { finding } from './finding';
import { weReceive } from './flow';
import { ourSide, partyRefs } from './side';
import { groupedEvidence, hits } from './text';

// An individual answering for a company's duties: "the individual who signs for the Recipient
// personally guarantees its obligations", "the undersigned shall be personally liable for".
const PERSONAL = /\bpersonal(?:ly)?\s+(?:and\s+\w+\s+)?(?:guarant(?:ee|ees|eed|y|or)|liab(?:le|ility))\b|\bguarantee[sd]?\s+personally\b/gi;
// "No officer shall be personally liable", "without personal liability": the draft excludes it.
const DENIED = /\b(?:no|not|nor|neither|without|non-recourse)\b/i;
/** How far before the words a denial is read. */
const DENIAL_REACH = 60;

/**
 * The draft makes the person who signs for our company guarantee its duties personally: every
 * obligation of the company, uncapped, falls on that person's own assets. No officer or employee can
 * be asked to sign that. Raised where the guarantee names our side, or names no side and our side
 * carries the agreement's duties (we receive the information); quiet where it backs the other side,
 * and where the draft says no one is personally liable.
 */
export const personalGuarantee: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours) return [];
  const found = hits(ctx, PERSONAL, (h) => {
    if (DENIED.test(h.sentence.text.slice(Math.max(0, h.index - DENIAL_REACH), h.index))) return false;
    // "The party to this agreement" names no side: only a resolved reference decides.
    const sides = partyRefs(ctx, h.sentence.text).flatMap((r) => (r.side ? [r.side] : []));
    if (sides.includes(ours) || sides.includes('both')) return true;
    return sides.length === 0 && weReceive(ctx);
  });
  if (found.length === 0) return [];
  const evidence = groupedEvidence(found);
  return [
    finding(ctx, {
      rule: 'one-sided.personal-guarantee',
      topic: 'liability',
      severity: 'medium',
      kind: 'one-sided',
      evidence,
      noFix: true,
    }),
  ];
};
