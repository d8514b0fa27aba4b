import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyRefs, verdict, type PartyRef } from './side';
import { groupedEvidence, hits } from './text';

// First call on buying a party's IP: "the first right of refusal to purchase the intellectual
// property", "a right of first offer on the Patents", "an option to acquire the Technology".
const FIRST_CALL =
  /\b(?:right\s+of\s+first\s+(?:refusal|offer|negotiation)|first\s+right\s+(?:of\s+refusal|to\s+(?:purchase|acquire|buy))|option\s+to\s+(?:purchase|acquire|buy))\b[^.;]{0,120}?\b(?:intellectual\s+property|patents?|technology|know-how|formulae?|IP)\b/gi;

// First call on buying a party itself, its shares or its business: "the exclusive right of first refusal to purchase all or any part
// of the revenue due Agent or acquire Agent", "a right of first offer on any sale of the Company's shares". What follows is read
// for the thing bought (COMPANY) or for our own name, not our name's possessive ("the Supplier's patents": the IP case above).
const CALL_ON_A_PARTY = /\b(?:right\s+of\s+first\s+(?:refusal|offer|negotiation)|first\s+right\s+of\s+refusal)\b[^.;]{0,120}?\b(?:purchase|acquire|buy|merge|sale|transfer|offer)\b[^.;]{0,160}/gi;
const COMPANY = /\b(?:shares?\s+(?:of|in)\b|share\s+capital|(?:capital|common|preferred)\s+stock|equity\s+(?:interests?|securities)|(?:its|the|our|your)\s+(?:company|business)\b|all\s+or\s+substantially\s+all|revenues?\s+due|merg(?:e|er|ing)\s+with)/i;

/** Who holds the right: "X shall have …", or the one it is offered or granted to ("offer the Customer the …"). */
function holder(ctx: Parameters<Rule>[0], text: string, at: number): PartyRef | undefined {
  const before = text.slice(Math.max(0, at - 200), at);
  const refs = partyRefs(ctx, before);
  const last = refs[refs.length - 1];
  if (!last) return undefined;
  const lead = before.slice(0, last.index);
  const tail = before.slice(last.index + last.text.length);
  if (/\b(?:offer|grant)s?\s+(?:to\s+)?(?:the\s+)?$/i.test(lead) || /\b(?:shall|will)\s+have\b|\bhas\b|\bis\s+granted\b|\breceives?\b/i.test(tail)) return last;
  return undefined;
}

/**
 * The other side has first call on buying our technology: it can match any offer, and buyers and
 * investors are deterred from bidding for what we own.
 */
export const firstRefusal: Rule = (ctx) => {
  if (!ctx.role) return [];
  const theirs = (h: { sentence: { text: string }; index: number }) => verdict(ctx, holder(ctx, h.sentence.text, h.index)?.side) === 'against';
  const found = hits(ctx, FIRST_CALL, theirs);
  const ours = ourSide(ctx);
  // First call on buying us, not our IP: any sale of the company or a merger waits on them and a buyer knows it can be matched.
  const onUs = hits(ctx, CALL_ON_A_PARTY, (h) => theirs(h) && (COMPANY.test(h.text) || partyRefs(ctx, h.text).some((r) => r.side === ours && !/^['’]s\b/.test(h.text.slice(r.index + r.text.length)))));
  return [
    ...(onUs.length > 0
      ? [finding(ctx, { rule: 'one-sided.first-refusal', key: 'one-sided.first-refusal.company', topic: 'background-ip', severity: 'high', kind: 'one-sided', evidence: groupedEvidence(onUs) })]
      : []),
    ...(found.length > 0 ? [finding(ctx, { rule: 'one-sided.first-refusal', topic: 'background-ip', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })] : []),
  ];
};
