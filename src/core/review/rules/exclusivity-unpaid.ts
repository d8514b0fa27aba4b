import type { Rule } from '../context';
import { exclusivityGrants } from './exclusivity';
import { finding } from './finding';
import { bindingMinimum, grantorOf, oneWayExclusivity } from './one-way-exclusivity';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits, type Hit } from './text';
import { anyMatching } from './sentence-gate';

// A holdback: the licensor or supplier may not release the same thing through any other channel for
// a window ("the Licensor shall not license any Title by any other means within sixty (60) days of
// its release").
const HOLDBACK =
  /\b(?:shall|will|may)\s+not\b[^.;]{0,40}?\b(?:authori[sz]e|licen[cs]e|grant|permit|allow|release|make\s+available|distribute|exhibit|broadcast|sell|offer)\b[^.;]{0,160}?\b(?:by|through|via|on|in)\s+any\s+other\s+(?:means|media|medium|channels?|platforms?|services?|outlets?|formats?)\b/gi;
// The window that makes it a holdback rather than a standing restraint.
const WINDOW = /\b(?:for\s+(?:a\s+period\s+of\s+)?|within\s+)\w+(?:\s+\(\d+\))?\s+(?:consecutive\s+)?(?:days?|weeks?|months?)\b|\bhold[\s-]?back\b/i;
// What the other side owes for exclusivity besides a minimum: a duty to work the market or the
// licence ("shall use commercially reasonable efforts to commercialize", "shall diligently market").
const PERFORM =
  /\b(?:(?:shall|will|agrees?\s+to)\s+use\s+(?:its\s+)?(?:commercially\s+reasonable|reasonable|best|diligent|all\s+reasonable)\s+(?:commercial\s+)?efforts\s+to\s+(?:actively\s+)?(?:market|promote|sell|distribute|commerciali[sz]e|develop|exploit|launch|maximi[sz]e)|(?:shall|will)\s+(?:actively\s+and\s+)?diligently\s+(?:market|promote|sell|commerciali[sz]e|develop|exploit)|(?:shall|will)\s+(?:purchase|order|buy)\s+(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)|guaranteed\s+(?:annual\s+|minimum\s+)?(?:royalt\w*|payments?|fees?|revenues?))/gi;
// Exclusivity bought outright: nothing more is owed for it.
const PAID_UP = /\b(?:fully[\s-]paid(?:[\s-]up)?|paid[\s-]up|lump[\s-]sum)\b/i;

/** Deals in which we supply or license out and may grant exclusivity or a holdback. */
const DEALS: ReadonlySet<string> = new Set(['exclusive-partnership', 'technology-license']);

/** The exclusivity grants and holdbacks that bind our side (A). */
export function restraintsOnUs(ctx: Parameters<Rule>[0]): Hit[] {
  const grants = exclusivityGrants(ctx).filter((g) => {
    const side = /^exclusive/i.test(g.text) ? grantorOf(ctx, g) : partyBefore(ctx, g.sentence.text, g.index)?.side;
    return side === 'A';
  });
  const holdbacks = hits(ctx, HOLDBACK, (h) => WINDOW.test(h.sentence.text) && partyBefore(ctx, h.sentence.text, h.index)?.side === 'A');
  return [...grants, ...holdbacks];
}

/**
 * We grant exclusivity or a holdback and the other side owes nothing for it: no minimum purchase,
 * sales or royalty, no duty to work the market. It may hold the position and sell little, and our
 * only income from the product there is what it chooses to sell. Where exclusivity binds us alone the
 * one-way rule says so already; this one speaks where the other side is bound too (it buys only from
 * us) or where a holdback is the restraint, since neither pays for what we give up.
 */
export const exclusivityUnpaid: Rule = (ctx) => {
  if (ourSide(ctx) !== 'A' || !DEALS.has(ctx.scenario ?? '')) return [];
  const ours = restraintsOnUs(ctx);
  if (ours.length === 0) return [];
  if (bindingMinimum(ctx) || anyMatching(ctx.sentences, PAID_UP)) return [];
  const owed = hits(ctx, PERFORM, (h) => {
    const side = partyBefore(ctx, h.sentence.text, h.index)?.side;
    return side === 'B' || side === 'both';
  });
  if (owed.length > 0) return [];
  if (oneWayExclusivity(ctx).length > 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.exclusivity-unpaid',
      topic: 'exclusivity',
      severity: 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence(ours),
      fixClause: 'exclusivity-minimums',
    }),
  ];
};
