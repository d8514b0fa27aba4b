import type { Evidence } from '../../findings';
import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore, partyRightAfter } from './side';
import { hits, quote, type Hit } from './text';
import { revocableGrants } from './revocable-grant';

// The licence ends, or the licensor may end it: "the licenses granted to a Party under Section 3.1
// shall automatically terminate", "shall, at its option, have the right to terminate the license".
// Revoking it is ending it: "reserves the right to revoke the license", "may withdraw this Licence".
const ENDS =
  /\b(?:licen[cs]es?\s+(?:granted\s+)?(?:\S+\s+){0,8}?(?:shall|will)\s+automatically\s+terminate|(?:may|shall(?:,\s*at\s+its\s+(?:sole\s+)?option,)?\s+have\s+the\s+right\s+to|reserves?\s+the\s+right\s+to)\s+(?:terminate|revoke|withdraw|cancel)\s+(?:this\s+Agreement\s+and\s+)?(?:the|this)\s+licen[cs]es?)\b/gi;
// Why it ends, where a licensee cannot help it or never agreed to lose it.
const TRIGGER = {
  control: /\b(?:change\s+(?:of|in)\s+control|merger|acquisition|(?:sale|transfer)\s+of\s+(?:all\s+or\s+substantially\s+all|a\s+majority)|initial\s+public\s+offering|IPO)\b/i,
  will: /\b(?:at\s+any\s+time|for\s+convenience|for\s+any\s+(?:other\s+)?reason|for\s+no\s+reason|in\s+its\s+(?:sole\s+)?discretion|without\s+cause)\b/i,
  sales: /\b(?:not\s+made\s+any\s+sales|no\s+sales|fails?\s+to\s+(?:make|achieve)\s+(?:any\s+)?(?:sales|minimum))\b/i,
  challenge: /\b(?:challeng\w*|assert\w*|contest\w*)\b[^.;]{0,80}\b(?:validity|patents?|infring\w*)\b/i,
  insolvency: /\b(?:insolven\w*|bankrupt\w*|receiver(?:ship)?|liquidat\w*|winding[\s-]up|administrat(?:ion|or)|assignment\s+for\s+the\s+benefit\s+of\s+creditors)\b/i,
  breach: /\b(?:breach\w*|fail\w*\s+to\s+(?:observe|perform|comply))\b/i,
};
// A licence already paid for in full: the licensor's remedy for a later breach is damages, not the licence.
const PAID_UP = /\b(?:fully\s+)?paid[\s-]?up\b/i;
// A breach the licensee may still put right after notice: "fails to cure such material breach within 120 days",
// "does not cure it", "remains uncured", "has not been remedied". Ending even a paid-up licence then is an ordinary
// remedy, not a risk; unless the breach cannot be put right or the clause ends the licence without a chance to.
const CURED = /\b(?:cure[ds]?|uncured|to\s+remedy|remedied)\b/i;
const NO_CURE = /\b(?:(?:in|not\s+)capable\s+of\s+(?:being\s+)?(?:cure|cured|remed\w*)|whether\s+or\s+not\s+(?:\w+\s+){0,3}(?:cured|remedied)|without\s+(?:any\s+)?(?:opportunity\s+to\s+)?cure)\b/i;
// A new lettered item with its own subject and verb, "and (c) Seller may terminate": a different term, with its own reasons.
const NEXT_ITEM = /\s\([a-z]{1,3}\)\s+(?:the\s+)?[A-Z][\w-]{1,30}\s+(?:may|shall|will)\b/;
const GRANT = /\bgrants?\b/gi;

/** How far after the words that end the licence its reasons are read. */
const CLAUSE = 300;
/** How much further a cure period is looked for. */
const CURE_REACH = 200;
/** How far back the condition that ends it is read: "Should the Licensee assert …, the Licensor shall …". */
const CONDITION = 240;

/** The clause around a termination right: from the start of its lettered item to the next numbered clause. */
function clauseOf(h: Hit): { text: string; start: number; cure: string } {
  const text = h.sentence.text;
  const from = Math.max(0, h.index - CONDITION);
  const before = text.slice(from, h.index);
  // "(b) Should …", "6.3 Termination by …": the item opens at its number; an earlier item's reasons are not this one's.
  const items = [...before.matchAll(/(?:^|\s)(?:\([a-z]{1,3}\)|\d+(?:\.\d+)+)\s/g)];
  const start = items.length > 0 ? from + items[items.length - 1]!.index! : from;
  // Past the window only a cure period is read (it often follows a long breach): up to the next clause or item.
  let window = text.slice(h.index, h.index + CLAUSE + CURE_REACH);
  const next = /\s\d+(?:\.\d+)+\s+[A-Z]/.exec(window);
  if (next) window = window.slice(0, next.index);
  const item = NEXT_ITEM.exec(window);
  if (item) window = window.slice(0, item.index);
  const lead = text.slice(start, h.index);
  return { text: lead + window.slice(0, CLAUSE), start, cure: lead + window };
}

/** Whether the reasons in a clause are only a breach left uncured after notice (`cure`: the clause read a little further). */
function curedOnly(clause: string, cure: string): boolean {
  const breach = TRIGGER.breach.exec(cure);
  if (!breach) return false;
  const others = [TRIGGER.control, TRIGGER.sales, TRIGGER.challenge, TRIGGER.insolvency];
  const after = cure.slice(breach.index);
  return CURED.test(after) && !NO_CURE.test(after) && !others.some((t) => t.test(clause));
}

/**
 * We take a licence, and the licensor may end it at will, on our change of control or insolvency,
 * when sales pause, when we assert our own patents, or for breach of a licence we have already paid
 * for in full: the technology we built products on can be withdrawn.
 */
export const licenceEnd: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  // "X grants to [us] a … fully paid-up … licence": paid for by us.
  const paidUp = hits(ctx, GRANT, (h) => {
    const after = h.sentence.text.slice(h.index, h.index + 200);
    return PAID_UP.test(after) && /\blicen[cs]e\b/i.test(after) && partyRightAfter(ctx, h.sentence.text, h.index + h.text.length)?.side === 'B';
  }).length > 0;
  const evidence: Evidence[] = [];
  // One quote per lettered item: "(a)" and "(b)" of one long sentence are separate terms.
  const seen = new Set<string>();
  for (const h of hits(ctx, ENDS)) {
    const { text: clause, start, cure } = clauseOf(h);
    // A licence that ends only for a breach left uncured after notice is the licensee's protection, read as such:
    // no point on it, even where "at any time" or "upon notice" stands beside the breach.
    if (curedOnly(clause, cure)) continue;
    const events = [TRIGGER.control, TRIGGER.sales, TRIGGER.challenge, TRIGGER.insolvency, ...(paidUp ? [TRIGGER.breach] : [])];
    let ends: boolean;
    if (!/^(?:may|shall|reserves?)\b/i.test(h.text)) ends = events.some((t) => t.test(clause));
    else {
      // A right we hold ourselves to end the licence is no risk to us. Ending it at will is a right
      // licensees often keep, so it counts only where the licensor is named as holding it; the other
      // reasons are events on the licensee's side.
      const holder = partyBefore(ctx, h.sentence.text, h.index)?.side;
      ends = holder !== 'B' && ((holder === 'A' && TRIGGER.will.test(clause)) || events.some((t) => t.test(clause)));
    }
    const key = `${h.sentence.paragraph}:${h.sentence.start + start}`;
    if (!ends || seen.has(key)) continue;
    seen.add(key);
    // The quote shows the reason with the right it triggers.
    evidence.push(quote(h.sentence, start, h.index + h.text.length));
  }
  // A licence granted as revocable, with no grounds, is one the licensor may end at will.
  for (const e of revocableGrants(ctx)) if (!evidence.some((x) => x.paragraph === e.paragraph && x.start === e.start)) evidence.push(e);
  if (evidence.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.licence-end', topic: 'background-license', severity: 'medium', kind: 'one-sided', evidence: evidence.slice(0, 8) })];
};
