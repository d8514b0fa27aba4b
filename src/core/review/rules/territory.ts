import type { Rule, RuleFinding } from '../context';
import { finding } from './finding';
import { groupedEvidence, hits, inHeading, isDefined, type Hit } from './text';
import { anyMatching } from './sentence-gate';

// The qualifying word is bounded: unbounded, a hyphenated run was scanned to its end from every capital.
const TERRITORY_TERM = /\b(?:([A-Z][\w-]{0,40})\s+)?Territor(?:y|ies)\b/g;
/** Territory defined in words the definitions finder may not catch ("Territory: Japan", "The Territories consisting of"). */
const DEFINED_INLINE =
  /\bterritor(?:y|ies)\b["”]?\s*(?:as\s+(?:stated|used)\s+herein\s+)?(?::|means|shall mean|is|are|shall be|consists? of|consisting of|includes?|comprises?|refers to)\s/i;

/** A form that names the territory where it is used: "in the following designated Territory: Korea", "the Territory set out below". */
const NAMED_BESIDE = /\bthe\s+following\s+(?:designated\s+|described\s+)?Territor(?:y|ies)\b|\bTerritor(?:y|ies)\s+(?:set\s+(?:out|forth)|specified|listed|named|described)\s+(?:below|above|hereunder)\b/;

/**
 * Standard terms whose blanks are filled on a separate signed page: "Variables have the meanings given
 * on a Cover Page", "capitalised terms not defined here have the meanings given in the Order Form".
 * The territory is set there, not left undefined.
 */
const SET_ON_FORM =
  /\b(?:capitali[sz]ed\s+(?:terms|words)|variables|defined\s+terms)\b[^.;]{0,80}?\b(?:meanings?|descriptions?|definitions?)\b[^.;]{0,40}?\b(?:given|set\s+(?:out|forth)|stated|specified)\s+(?:on|in)\s+(?:the\s+|an?\s+|any\s+|each\s+)?(?:Cover\s+Page|Order\s+Form|Key\s+Terms|Business\s+Terms|Statement\s+of\s+Work)\b/i;

/** "Territory" used as a defined term but never defined. */
export const territoryUndefined: Rule = (ctx) => {
  if (isDefined(ctx, 'Territory') || ctx.sentences.some((s) => DEFINED_INLINE.test(s.text) || NAMED_BESIDE.test(s.text) || SET_ON_FORM.test(s.text))) return [];
  const uses = hits(ctx, TERRITORY_TERM, (h) => {
    if (h.index === 0 || inHeading(ctx, h.sentence)) return false;
    // An address form's blank, "(Province/Territory/State)", names no defined term.
    const t = h.sentence.text;
    if (t[h.index - 1] === '/' || t[h.index + h.text.length] === '/') return false;
    // "the Exclusive Territory" is fine when that longer term is defined.
    const qualifier = h.match[1];
    return !(qualifier && isDefined(ctx, `${qualifier} Territory`));
  });
  if (uses.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'ambiguous.territory-undefined',
      topic: 'territory',
      severity: 'medium',
      kind: 'ambiguous',
      evidence: groupedEvidence(uses),
    }),
  ];
};

const CHINA = /\b(?:Greater China|People['’]s Republic of China|P\.\s?R\.\s?C\.?|PRC|China)\b/g;
/** The sentence uses China as a place where rights run, not as an address or a governing law. */
const TERRITORIAL =
  /\b(?:territor\w*|exclusiv\w*|distribut\w*|sell|sells|sale|sales|resell\w*|market\w*|licen[cs]\w*|region|area|rights?)\b/i;
const NOT_TERRITORIAL =
  /\b(?:laws? of|regulations of|organi[sz]ed|incorporated|registered|existing under|address|located at|principal (?:place|office)|courts? of|arbitration)\b/i;
const SPECIAL_REGIONS = /\b(?:Hong Kong|Macau|Macao|Taiwan)\b/;

/** China as a territory without saying whether Hong Kong, Macau and Taiwan are in it. */
export const chinaTerritory: Rule = (ctx) => {
  // Any sentence that names the special regions has addressed them (in or out); that settles it.
  if (anyMatching(ctx.sentences, SPECIAL_REGIONS)) return [];
  const uses = hits(ctx, CHINA, (h) => {
    const before = h.sentence.text.slice(Math.max(0, h.index - 9), h.index);
    if (/Mainland\s$/i.test(before)) return false;
    return TERRITORIAL.test(h.sentence.text) && !NOT_TERRITORIAL.test(h.sentence.text);
  });
  return chinaTerritoryFinding(ctx, uses);
};

/** The finding for China used as a territory at `uses`, in either language; none without uses. */
export function chinaTerritoryFinding(ctx: Parameters<Rule>[0], uses: Hit[]): RuleFinding[] {
  if (uses.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'ambiguous.china-territory',
      topic: 'territory',
      // The clause that says which of Mainland China, Hong Kong, Macau and Taiwan are in.
      fixClause: 'territory-scope',
      severity: 'medium',
      kind: 'ambiguous',
      evidence: groupedEvidence(uses),
    }),
  ];
}
