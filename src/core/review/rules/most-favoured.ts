import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits, type Hit } from './text';

// A most-favoured term by name: "most favoured customer pricing", "most-favored-nation treatment".
const BY_NAME = /\bmost[\s-]favou?red[\s-](?:nations?|customers?|licensees?|distributors?|pricing|terms?|treatment|status|basis)\b/gi;
// Or by effect: prices or terms no less favourable than those the seller gives anyone else.
const BY_EFFECT = /\b(?:no|not)\s+less\s+favou?rable\s+than\b|\bat\s+least\s+as\s+favou?rable\s+as\b|\bmore\s+favou?rable\b/gi;
// What is compared: money or terms of dealing, not a standard of care or of treatment.
const DEALING = /\b(?:prices?|pricing|royalt(?:y|ies)|rates?|fees?|discounts?|rebates?|terms\s+and\s+conditions|commercial\s+terms|licen[cs]e\s+terms)\b/i;
// With whom: another customer, licensee or distributor of the one bound.
const OTHERS = /\b(?:a|any|all|other|another)\s+(?:other\s+|similarly\s+situated\s+|third[\s-]part(?:y|ies)\s+)?(?:customers?|licensees?|distributors?|resellers?|purchasers?|buyers?|third[\s-]part(?:y|ies)|persons?|entit(?:y|ies)|operators?)\b/i;
// The verb of the one who gives the better terms ("Licensor shall offer"), or of the one who takes them.
const VERB =
  /\b(?:(enter(?:s|ed|ing)?(?=[^.;]{0,30}\binto\b)|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?|extend(?:s|ed|ing)?|give[sn]?|giving|gave|charg(?:ed|ing)|provid(?:e|es|ed|ing)|(?:make|makes|made)\s+available|sell(?:s|ing)?|sold|reduc(?:e|es|ed|ing)|adjust(?:s|ed|ing)?)|(receiv(?:e|es|ed|ing)|(?:be|is|are)\s+entitled|obtain(?:s|ed|ing)?|enjoy(?:s|ed|ing)?|benefit(?:s|ed|ing)?))\b/gi;

/** Deals in which we sell, license or supply, so that a price or terms promise binds our dealings with everyone else. */
const SELLER_DEALS: ReadonlySet<string> = new Set(['exclusive-partnership', 'custom-development', 'technology-license']);
/** How far around the comparison what it compares is read. */
const REACH = 240;

/**
 * The side that promises the better terms: the subject of the last giving verb before it in the
 * sentence ("If Licensor enters into an agreement … on terms more favourable"), or the other side of
 * a taking one ("the Distributor shall be entitled to prices no less favourable").
 */
function bound(ctx: Parameters<Rule>[0], h: Hit): 'A' | 'B' | 'both' | undefined {
  const verb = [...h.sentence.text.slice(0, h.index).matchAll(VERB)].pop();
  if (!verb) return undefined;
  const side = partyBefore(ctx, h.sentence.text, verb.index)?.side;
  if (!side || side === 'both') return side;
  return verb[1] ? side : side === 'A' ? 'B' : 'A';
}

/**
 * We sell, license or supply and promise the other side prices or terms at least as good as any we
 * give anyone else: every later deal of ours, in any market, is priced against this one, and a
 * better price to a large customer becomes a discount owed here too. A promise the other side makes
 * us is ours to enjoy; one binding nobody we can name stays quiet, as does a comparison of care or
 * treatment ("no less favourable than it gives its own information").
 */
export const mostFavoured: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (ours !== 'A' || !SELLER_DEALS.has(ctx.scenario ?? '')) return [];
  const onUs = (h: Hit): boolean => {
    const who = bound(ctx, h);
    return who === 'A' || who === 'both';
  };
  const named = hits(ctx, BY_NAME, onUs);
  const effect = hits(ctx, BY_EFFECT, (h) => {
    const end = h.index + h.text.length + REACH;
    // Whom it compares with may sit early in a long conditional ("If Licensor enters into an agreement with a third party … on terms more favourable").
    return DEALING.test(h.sentence.text.slice(Math.max(0, h.index - REACH), end)) && OTHERS.test(h.sentence.text.slice(0, end)) && onUs(h);
  });
  const found = [...named, ...effect.filter((e) => !named.some((n) => n.sentence === e.sentence))];
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.most-favoured', topic: 'exclusivity', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
