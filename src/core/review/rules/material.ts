import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { hits, isDefined } from './text';

/** "Material" as a measure ("material breach", "materially"), not the noun ("promotional material"). */
const MATERIAL =
  /\bmaterially\b|\bmaterial\s+(?:breach\w*|default\w*|respects?|adverse\w*|changes?|terms?|obligations?|provisions?|facts?|way|extent|part|portion|impact|effect|amount|modifications?|violations?|failures?|non-?compliance|misrepresentations?|conditions?|liabilit\w*|loss\w*|deviations?|defects?|harm|damage|reduction|increase|decrease|difference|interest|contracts?)\b/gi;

/** Undefined "material" or "materially". */
export const material: Rule = (ctx) => {
  if (['Material', 'Materially', 'Material Breach', 'Material Adverse Effect', 'Material Adverse Change'].some((t) => isDefined(ctx, t))) {
    // A defined "Material ..." term covers its own uses; lower-case ones elsewhere are still vague.
    return draftingHits(ctx, 'drafting.material', hits(ctx, MATERIAL, (h) => /^m/.test(h.text) && !/^material adverse/i.test(h.text)));
  }
  return draftingHits(ctx, 'drafting.material', hits(ctx, MATERIAL, (h) => /^m/.test(h.text)));
};
