import type { Rule } from '../context';
import { exclusivityGrants } from './exclusivity';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence } from './text';

// Exclusivity deal by deal: on the opportunities, projects, tenders or leads one side brings.
const DEALS = /\b(?:opportunit(?:y|ies)|projects?|tenders?|bids?|leads|prospects|referrals)\b/i;
// A limit in time: "for eighteen (18) months", "until the tender is awarded", "during the Exclusivity Period".
const TIME_LIMIT =
  /\b(?:for\s+(?:a\s+period\s+of\s+|the\s+lesser\s+of\s+)?[\w()\s-]{0,20}?(?:days?|weeks?|months?|years?)|until|expir\w*|terminat\w*|lapses?|(?:exclusivity\s+)?period|no\s+longer\s+than)\b/i;
// A carve-out: "except for existing customers", "excluding direct sales".
const CARVE_OUT = /\b(?:except|excluding|exclud\w+|other\s+than|save\s+for|existing\s+customers?|direct\s+sales?|does\s+not\s+apply)\b/i;

/**
 * Exclusivity that binds us over opportunities or projects, with no time limit and no carve-out:
 * which ones count, for how long each stays closed, and whether our own customers and direct sales
 * are out are left to argument, so any deal the other side has touched can be claimed.
 */
export const exclusiveOpportunities: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours) return [];
  const found = exclusivityGrants(ctx).filter((g) => {
    const text = g.sentence.text;
    if (!DEALS.test(text) || TIME_LIMIT.test(text) || CARVE_OUT.test(text)) return false;
    const bound = partyBefore(ctx, text, g.index)?.side;
    return bound === 'both' || bound === ours;
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'ambiguous.exclusive-opportunities', topic: 'exclusivity', severity: 'medium', kind: 'ambiguous', evidence: groupedEvidence(found) })];
};
