import type { Rule } from '../context';
import { finding } from './finding';
import { prcNote } from './prc';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits } from './text';

// A promise not to be in a competing business: "agrees not to engage or have a financial interest in
// any Competing Business", "shall not, directly or indirectly, compete with the Distributor".
const NON_COMPETE =
  /\b(?:engage|engaging|participate|participating|(?:have|hold|acquire)\s+(?:a|any)\s+(?:financial\s+|ownership\s+)?interest)\b[^.;]{0,80}?(?:\bCompeting\s+Business(?:es)?\b|\bcompet(?:ing|itive)\s+business(?:es)?\b|\bbusiness(?:es)?\s+(?:that|which)\s+(?:\w+\s+){0,2}?compet\w*)|\bcompete\s+(?:directly\s+or\s+indirectly\s+|in\s+any\s+(?:way|manner)\s+)?with\b/gi;
const BAR = /\b(?:not|never|no|neither)\b/gi;
// "Neither Party shall compete" binds both.
const NEITHER_PARTY = /^neither\s+(?:party|of\s+the\s+parties)\b/i;
// Not using their information to compete is a use limit, which the confidentiality rules weigh.
const USE_LIMIT = /\bus(?:e|ing)\b[^.;]{0,80}?\b(?:confidential|proprietary)\s+information\b/i;

/** Deals in which we make and sell: the supplier, the developer, the licensor. */
const SELLER_DEALS: ReadonlySet<string> = new Set(['exclusive-partnership', 'custom-development', 'technology-license']);

/**
 * We supply, develop or license out, and promise not to be in a business that competes with the other
 * side (or with what it does): a company whose business is selling its product to everyone is kept
 * out of its own market, often for years after the deal. A ban the draft puts on the other side alone
 * is theirs to weigh; one on no party we can name stays quiet.
 */
export const vendorNonCompete: Rule = (ctx) => {
  const ours = ourSide(ctx);
  // A licensee kept out of any competing business, beyond the licensed technology, may not use what it
  // knew before or build on anything else in its field: a restraint PRC law may hold void.
  const licensee = ours === 'B' && ctx.scenario === 'technology-license';
  if (!licensee && (ours !== 'A' || !SELLER_DEALS.has(ctx.scenario ?? ''))) return [];
  const found = hits(ctx, NON_COMPETE, (h) => {
    const before = h.sentence.text.slice(0, h.index);
    if (USE_LIMIT.test(before)) return false;
    const bar = [...before.matchAll(BAR)].pop();
    if (!bar) return false;
    if (NEITHER_PARTY.test(h.sentence.text.slice(bar.index))) return true;
    const bound = partyBefore(ctx, h.sentence.text, bar.index)?.side;
    return bound === ours || bound === 'both';
  });
  if (found.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.non-compete',
      ...(licensee ? { key: 'one-sided.non-compete.licensee', ...prcNote(ctx, 'review.rule.note.prc-compete-ban') } : {}),
      topic: 'exclusivity',
      severity: 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
    }),
  ];
};
