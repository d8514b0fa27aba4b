import type { Rule } from '../context';
import { exclusivityGrants } from './exclusivity';
import { finding, inQuotes, listOf } from './finding';
import { ourSide } from './side';
import { groupedEvidence, hits } from './text';

// A territory that is the whole world, or wherever the distributor chooses to sell.
const EVERYWHERE =
  /\b(?:worldwide|world-wide|throughout\s+the\s+world|all\s+countries|global(?:ly)?\b|(?:in|to|into)\s+any\s+(?:market|country|territory)|anywhere\s+in\s+the\s+world)\b/gi;
// The same test for one sentence; its own object, since hits() walks EVERYWHERE by lastIndex.
const EVERYWHERE_IN = new RegExp(EVERYWHERE.source, 'i');
// Exclusivity with no end: an indefinite period, a decade or more, or renewals we cannot refuse.
const ENDLESS =
  /\b(?:indefinite(?:ly)?|in\s+perpetuity|perpetual(?:ly)?|(?:automatically|shall\s+automatically|will\s+automatically)\s+(?:be\s+)?renew\w*|renew\w*\s+automatically|at\s+(?:the\s+)?(?:Distributor|Licensee|Customer|Agent)['’]s\s+(?:sole\s+)?option)\b|\b(?:ten|fifteen|twenty|[1-9]\d)\s*(?:\(\d{2}\)\s*)?years?\b/gi;
// A renewal either party may decline by notice is not one we are locked into.
const WAY_OUT = /\b(?:non-?renewal|unless\s+(?:either|any|a)\s+party|either\s+party\s+may\s+(?:terminate|elect|give))\b/i;
const EXCLUSIVE_CONTEXT = /\bexclusiv\w*|\bterm\b|\brenew\w*|\bterritor\w*|\bmarket\b/i;

// The grantor keeps what lies outside the territory: the exclusivity has one, and "worldwide" in the
// same sentence is what the grantor keeps or owns ("retains all rights outside the Territory and
// remains the owner of the Licensed Patents worldwide").
const KEPT_OUTSIDE = /\b(?:retain|reserve|keep)\w*\b[^.;]{0,100}?\boutside\s+(?:of\s+)?the\s+Territory\b/i;

// Or it is bounded by a field of use and the grantor stays free outside it ("exclusive in the Field
// only; the Licensor may license the Compound to anyone outside the Field"):
// the world is where the field runs, not every market of ours.
const FREE_OUTSIDE_FIELD = /\b(?:may|is\s+free\s+to|retain\w*|reserve\w*|keep\w*)\b[^.;]{0,100}?\boutside\s+(?:of\s+)?the\s+Field\b/i;
/** How many sentences after the grant the field's limit may follow. */
const FIELD_REACH = 2;

/** An exclusive sentence whose territory is the world or any market the distributor picks. */
export function opensEveryMarket(text: string): boolean {
  return EVERYWHERE_IN.test(text) && /\bexclusiv\w*|\bterritor\w*/i.test(text) && !/\bnon[\s-]?exclusive\b/i.test(text) && !KEPT_OUTSIDE.test(text);
}

/**
 * We grant exclusivity, and it reaches every market or never ends: our own customers, home market
 * and future partners are shut out, and nothing lets us take it back.
 */
export const exclusivityReach: Rule = (ctx) => {
  if (ourSide(ctx) !== 'A' || (ctx.scenario !== 'exclusive-partnership' && ctx.scenario !== 'technology-license')) return [];
  if (exclusivityGrants(ctx).length === 0) return [];
  const out = [];
  const everywhere = hits(ctx, EVERYWHERE, (h) => {
    if (!opensEveryMarket(h.sentence.text)) return false;
    const i = ctx.sentences.indexOf(h.sentence);
    return !ctx.sentences.slice(i, i + FIELD_REACH + 1).some((s) => FREE_OUTSIDE_FIELD.test(s.text));
  });
  if (everywhere.length > 0) {
    // Name the words that open the territory: in a long clause they are easy to read past.
    const words = new Map<string, string>();
    for (const h of everywhere) {
      const w = h.text.replace(/^(?:in|to|into)\s+/i, '').replace(/\s+/g, ' ');
      if (!words.has(w.toLowerCase())) words.set(w.toLowerCase(), w);
    }
    out.push(
      finding(ctx, {
        rule: 'one-sided.exclusivity-worldwide',
        topic: 'territory',
        severity: 'high',
        kind: 'one-sided',
        params: { words: listOf([...words.values()].map((w) => inQuotes(w))) },
        evidence: groupedEvidence(everywhere),
      }),
    );
  }
  const endless = hits(
    ctx,
    ENDLESS,
    (h) => EXCLUSIVE_CONTEXT.test(h.sentence.text) && !/\bnon[\s-]?exclusive\b/i.test(h.sentence.text) && !(/renew|option/i.test(h.text) && WAY_OUT.test(h.sentence.text)),
  );
  if (endless.length > 0) {
    out.push(finding(ctx, { rule: 'one-sided.exclusivity-endless', topic: 'exclusivity', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(endless) }));
  }
  return out;
};
