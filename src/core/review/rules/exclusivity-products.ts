import type { Rule } from '../context';
import { exclusivityGrants } from './exclusivity';
import { finding } from './finding';
import { ourSide } from './side';
import { groupedEvidence, hits } from './text';
import { anyMatching } from './sentence-gate';

// Products not yet on the list brought under exclusivity: "exclusive rights to … the new products",
// "the option of becoming exclusive distributor of such other Products", "all other products, now
// existing and existing in the future, … that perform substantially the same functions".
const FUTURE =
  /\bexclusiv\w*\b[^.;]{0,120}?\b(?:new|future|other|additional)\s+products?\b|\b(?:new|future|additional)\s+products?\b[^.;]{0,120}?\bexclusiv\w*|\b(?:existing|developed|introduced|created)\s+in\s+the\s+future\b|\b(?:hereafter|later)\s+(?:developed|introduced|acquired)\b|\bsubstantially\s+(?:the\s+same|similar)\s+(?:functions?|purposes?)\b/gi;
const PRODUCTS = /\bproducts?\b/i;
const NOT_EXCLUSIVE = /\bnon-?exclusive|\b(?:not|no|nothing)\b[^.;]{0,60}\bexclusiv/i;

/**
 * We supply, and exclusivity reaches products we have not launched yet: the distributor gets our
 * next product lines before anyone knows their market, usually without minimums of their own.
 */
export const exclusivityProducts: Rule = (ctx) => {
  if (ourSide(ctx) !== 'A' || ctx.scenario !== 'exclusive-partnership' || exclusivityGrants(ctx).length === 0) return [];
  const found = hits(ctx, FUTURE, (h) => PRODUCTS.test(h.sentence.text) && !NOT_EXCLUSIVE.test(h.sentence.text));
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.exclusivity-products', topic: 'exclusivity', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};

// Minimums that bind no one: targets "discussed", or a shortfall that only leads to a review.
const SOFT =
  /\b(?:performance|sales|purchase)\s+targets?\b[^.;]{0,80}?\b(?:discussed|non-?binding|indicative|estimates?|goals?)\b|\b(?:fail\w*|shortfall|not\s+(?:meet|achieve|purchase))\b[^.;]{0,160}?\b(?:may|shall|will)\b[^.;]{0,60}?\b(?:re-?evaluat\w*|review\w*|discuss\w*|renegotiat\w*)\b/gi;
// A shortfall with teeth: the supplier may end the agreement or the exclusivity.
const MINIMUM = /\b(?:minimum|target|shortfall|quota)\w*\b/i;
const HARD =
  /\b(?:may|right\s+to|entitled\s+to)\s+(?:\w+\s+){0,3}?(?:terminat\w*|cancel\w*|convert\w*|withdraw\w*)\b|\b(?:become|becomes|convert\w*\s+(?:to|into)|revert\w*\s+to)\s+(?:a\s+)?non-?exclusive\b|\bautomatically\s+terminat\w*/i;

/**
 * We grant exclusivity, and the minimums that should pay for it bind no one: our market is closed to
 * others whether or not the distributor sells.
 */
export const softMinimums: Rule = (ctx) => {
  if (ourSide(ctx) !== 'A' || ctx.scenario !== 'exclusive-partnership' || exclusivityGrants(ctx).length === 0) return [];
  if (anyMatching(ctx.sentences, MINIMUM, (s) => HARD.test(s.text))) return [];
  const found = hits(ctx, SOFT);
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'ambiguous.soft-minimums', topic: 'exclusivity', severity: 'high', kind: 'ambiguous', evidence: groupedEvidence(found) })];
};
