import type { Rule } from '../context';
import { restraintsOnUs } from './exclusivity-unpaid';
import { finding } from './finding';
import { passesSoftwareOn } from './no-distribution-right';
import { ourSide, partyBefore, type Side } from './side';
import { groupedEvidence, hits, type Hit } from './text';

// A right to end the whole agreement: "may terminate this Agreement", "shall have the right to terminate this
// Licence Agreement", "retains the right to terminate the Agreement" (ending "the licence" alone is the
// licence-end rule's).
const RIGHT =
  /\b(?:may(?:,\s*[^,.;]{1,40},)?|(?:shall\s+have|has|have|reserves?|retains?)\s+the\s+right\s+to|(?:is|are|shall\s+be)\s+entitled\s+to)\s+(?:at\s+any\s+time\s+)?terminate\s+(?:(?:this|the)\s+(?:Agreement|Contract)|this\s+Licen[cs]e\s+Agreement)\b/gi;
// Ending it for no reason: words that can only mean that.
const AT_WILL = /\b(?:for\s+(?:its\s+)?convenience|for\s+any\s+(?:or\s+no\s+)?reason(?:\s+or\s+no\s+reason)?|for\s+no\s+reason|without\s+(?:cause|reason)|in\s+its\s+(?:sole\s+|absolute\s+)*discretion)\b/i;
// "At any time upon ninety days' notice" is at will too, unless the clause names a cause.
const ANY_TIME = /\bat\s+any\s+time\b/i;
const CAUSE =
  /\b(?:if|in\s+the\s+event|should|where|unless|breach\w*|default\w*|fail\w*|insolven\w*|bankrupt\w*|change\s+(?:of|in)\s+control|occurrence|following\s+events?|mutual(?:ly)?|consent|written\s+agreement|force\s+majeure)\b/i;
// A condition before the free words makes them the judge of a cause: "if, in its sole discretion, the Services have not conformed".
const CONDITION = /\b(?:if|in\s+the\s+event|should|unless|upon\s+the\s+occurrence)\b/i;
// Where the words before the right stop belonging to it: the end of an earlier item.
const ITEM_END = /[;.:]|\(\w{1,3}\)/g;
// "Supplier or Distributor may terminate": both hold the right.
const JOINED = /^\s*(?:or|and|and\/or)\s+(?:the\s+)?$/i;
const REACH = 200;
const LEAD = 80;

/** Deals in which both sides invest in a term: the licence and the distribution. */
const DEALS: ReadonlySet<string> = new Set(['technology-license', 'exclusive-partnership']);

/** Whether a right reads as one to end the agreement for no reason. */
function free(lead: string, clause: string): boolean {
  for (const part of [lead, clause]) {
    const m = AT_WILL.exec(part);
    if (m && !CONDITION.test(part.slice(0, m.index))) return true;
  }
  return (ANY_TIME.test(clause) || ANY_TIME.test(lead)) && !CAUSE.test(clause) && !CAUSE.test(lead);
}

/** The side that may end the agreement at will by this right, or nothing where the right needs a cause. */
function atWill(ctx: Parameters<Rule>[0], h: Hit): Side | undefined {
  const text = h.sentence.text;
  const clause = text.slice(h.index, h.index + h.text.length + REACH);
  let lead = text.slice(Math.max(0, h.index - LEAD), h.index);
  const ends = [...lead.matchAll(ITEM_END)];
  if (ends.length > 0) lead = lead.slice(ends[ends.length - 1]!.index! + ends[ends.length - 1]![0].length);
  if (!free(lead, clause)) return undefined;
  const holder = partyBefore(ctx, text, h.index);
  if (!holder) return undefined;
  const other = partyBefore(ctx, text, holder.index);
  if (other && other.side !== holder.side && JOINED.test(text.slice(other.index + other.text.length, holder.index))) return 'both';
  return holder.side;
}

/**
 * In a licence or a distribution, the other side may walk away for no reason on notice and we may
 * not: what we put in (a market built, stock, a launch, exclusivity given) is theirs to end when it
 * suits them, while we stay bound for the term. A right both sides hold, or one we hold
 * too, stays quiet, unless we are the licensee; so does a right that needs a cause.
 */
export const terminationAtWill: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours || !DEALS.has(ctx.scenario ?? '')) return [];
  // A licensee's own right to walk away is no answer: it may stop using the licence anyway, while the
  // licensor's right takes back what the licensee has built into its products.
  const licensee = ctx.scenario === 'technology-license' && ours === 'B';
  const theirs: Hit[] = [];
  let shared = false;
  for (const h of hits(ctx, RIGHT)) {
    const side = atWill(ctx, h);
    if (!side) continue;
    if (side === ours || side === 'both') shared = true;
    if (side !== ours && (side !== 'both' || licensee)) theirs.push(h);
  }
  if (theirs.length === 0) return [];
  if (shared) {
    if (!licensee) return [];
    // Both may walk away: the message that we may not would be wrong; the licensor may still end a
    // licence our products are built on. Termination for cause only, with a sell-off period, fixes it.
    // Low: an exit both hold is a common, balanced term (and often only where no order or fee is
    // running). Medium where we ship the licensed software inside our products: then the licensor's
    // exit reaches every unit we sell, and our own exit is worth nothing against it.
    const severity = passesSoftwareOn(ctx) ? 'medium' : 'low';
    return [finding(ctx, { rule: 'one-sided.licence-at-will', topic: 'continuing-rights', severity, kind: 'one-sided', fixClause: 'termination', evidence: groupedEvidence(theirs) })];
  }
  // A licensee or distributor that builds its business on the deal loses most; a licensor or
  // supplier gets its rights back, so for it this is a point to weigh, not to fight, unless it has
  // given exclusivity or a holdback: then it stays out of other deals until the day they walk away.
  const severity = ours === 'B' || restraintsOnUs(ctx).length > 0 ? 'medium' : 'low';
  return [finding(ctx, { rule: 'one-sided.termination-at-will', topic: 'continuing-rights', severity, kind: 'one-sided', evidence: groupedEvidence(theirs) })];
};
