import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { hits, isDefined } from './text';

/** "Material" as a measure ("material breach", "materially"), not the noun ("promotional material"). */
const MATERIAL =
  /\bmaterially\b|\bmaterial\s+(?:breach\w*|default\w*|respects?|adverse\w*|changes?|terms?|obligations?|provisions?|facts?|way|extent|part|portion|impact|effect|amount|modifications?|violations?|failures?|non-?compliance|misrepresentations?|conditions?|liabilit\w*|loss\w*|deviations?|defects?|harm|damage|reduction|increase|decrease|difference|interest|contracts?)\b/gi;

/**
 * Terms of art that courts have long construed: "material breach" (and "materially breaches"),
 * "material adverse effect" (and "materially and adversely affect"), "in all material respects" and the securities laws' "material fact" (an
 * untrue statement of, or an omission to state, a material fact). Asking for a definition of these is noise.
 */
const TERM_OF_ART = /^(?:material\s+(?:breach|default|adverse|respect|facts?\b)|materially\s+(?:and\s+)?(?:breach|default|advers))/i;

/** Undefined "material" or "materially", outside its terms of art. */
export const material: Rule = (ctx) => {
  const found = hits(ctx, MATERIAL, (h) => {
    if (!/^m/.test(h.text)) return false;
    const here = h.sentence.text.slice(h.index, h.index + 40);
    return !TERM_OF_ART.test(here);
  });
  // A defined "Material" or "Materiality" sets the measure for every use.
  if (['Material', 'Materially', 'Materiality'].some((t) => isDefined(ctx, t))) return [];
  return draftingHits(ctx, 'drafting.material', found);
};
