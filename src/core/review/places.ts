import type { ReviewContext, Sentence } from './context';
import { openingSentences } from './parties';
import { perReview } from './per-review';
import { ourSide, partyRefs, type Side } from './rules/side';
import { COUNTRIES, ZH_COUNTRIES } from './countries';
import { foreignCueZh, writtenInChinese } from './zh/foreign-cues';
import { escapeRegExp } from '../regex-escape';

export { COUNTRY_CODES } from './countries';

const PLACE = new RegExp(`\\b(?:${COUNTRIES.map(([, names]) => names).join('|')})\\b|${ZH_COUNTRIES.map(([, names]) => names).join('|')}`, 'g');
const CODE = new Map<RegExp, string>([...COUNTRIES, ...ZH_COUNTRIES].map(([code, names]) => [new RegExp(`^(?:${names})$`), code]));


/** The country of the first place a text names: "a Delaware corporation" → "US". */
export function countryIn(text: string): string | undefined {
  PLACE.lastIndex = 0;
  const m = PLACE.exec(text);
  if (!m) return undefined;
  for (const [re, code] of CODE) if (re.test(m[0])) return code;
  return undefined;
}

/** The country whose law the governing-law clause chooses ("governed by Austrian law", 适用中华人民共和国法律). */
export function lawCountry(ctx: ReviewContext): string | undefined {
  for (const e of ctx.topics['governing-law'].evidence) {
    const c = countryIn(e.text);
    if (c) return c;
  }
  return undefined;
}

/** Every country the places in a text belong to, in order, repeats kept. */
function countriesIn(text: string): string[] {
  const found: string[] = [];
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(text); m; m = PLACE.exec(text)) {
    for (const [re, code] of CODE) if (re.test(m[0])) found.push(code);
  }
  return found;
}

/**
 * The opening's words about each party: every mention of its name, up to the next mention of another
 * party. A title block names the parties bare ("SUPPLY AGREEMENT between Acme, Inc. and Beta"); the
 * preamble after it says where each is established.
 */
export function partyDescriptions(ctx: ReviewContext): string[] {
  const opening = openingSentences(ctx.sentences).map((s) => s.text).join(' ');
  const names = ctx.parties.map((p) => [p.name, ...(p.shortName && p.shortName.length > 2 ? [p.shortName] : [])]);
  const mentions = names.flatMap((ns, party) => ns.flatMap((n) => [...opening.matchAll(new RegExp(escapeRegExp(n), 'g'))].map((m) => ({ party, at: m.index }))));
  mentions.sort((a, b) => a.at - b.at);
  const out = ctx.parties.map(() => '');
  let covered = -1;
  mentions.forEach(({ party, at }, i) => {
    const next = mentions.slice(i + 1).find((m) => m.party !== party)?.at ?? opening.length;
    // A short name inside the legal name ("Acme" in "Acme, Inc.") is the same mention.
    if (at < covered) return;
    covered = Math.min(next, at + 400);
    out[party] += ` ${opening.slice(at, covered)}`;
  });
  return out;
}

/** Where each party is established, as its description in the opening says, when it does. */
export const partyCountries = perReview((ctx): readonly (string | undefined)[] => partyDescriptions(ctx).map(countryIn));

/** Each party's side, where the draft lets us tell. */
const partySides = perReview((ctx): readonly (Side | undefined)[] => ctx.parties.map((p) => partyRefs(ctx, p.shortName ?? p.name)[0]?.side));

/**
 * Where our side is established: as the draft states it for our party; else, when every party is
 * established in one country, there (we are one of them); else where the organisation says its
 * company is established (`review.established`, China by default).
 */
export function ourCountry(ctx: ReviewContext): string | undefined {
  const countries = partyCountries(ctx);
  const sides = partySides(ctx);
  const us = ourSide(ctx);
  const stated = countries.find((c, i) => c && us && sides[i] === us);
  if (stated) return stated;
  if (countries.length >= 2 && countries.every(Boolean) && new Set(countries).size === 1) return countries[0];
  return ctx.established;
}

/**
 * The countries where the parties other than ours are established, `undefined` for one whose seat
 * the draft does not give. Where the draft does not tell which party is ours, a party established
 * where we are is taken to be us.
 */
export function theirCountries(ctx: ReviewContext): (string | undefined)[] {
  const countries = partyCountries(ctx);
  const sides = partySides(ctx);
  const us = ourSide(ctx);
  const known = us !== undefined && sides.some((s) => s === us);
  const ours = ourCountry(ctx);
  return countries.filter((c, i) => (known ? sides[i] !== us && sides[i] !== 'both' : c === undefined || c !== ours));
}

// Work done, a company formed or goods made in a country: "research to be performed in the United
// Kingdom", "a subsidiary to be formed in Singapore", "Products manufactured in Vietnam".
const DONE_IN = new RegExp(
  String.raw`\b(?:performed|conducted|carried\s+out|manufactured|produced|formed|developed)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?:${COUNTRIES.map(([, names]) => names).join('|')})\b`,
  'g',
);

/** The whole draft's text, one sentence a line. */
const draftText = perReview((ctx): string => ctx.sentences.map((s) => s.text).join('\n'));

/**
 * Whether the deal crosses a border as far as the draft shows: a party other than ours established in
 * another country than ours, or work done or goods made in a country neither side is established in.
 * A counterparty whose seat the draft does not give is taken as abroad: our users take their
 * technology abroad. A draft written wholly in Chinese says so in Chinese (外方, 中外, 境外, a foreign
 * currency, place or company form, an English version); where it says nothing of the kind, and no
 * party is established outside China, the deal is domestic, whatever seat it leaves out.
 */
export const crossesBorder = perReview((ctx): boolean => {
  if (writtenInChinese(draftText(ctx))) {
    if (foreignCueZh(draftText(ctx))) return true;
    const ours = ourCountry(ctx);
    return (ours !== undefined && ours !== 'CN') || theirCountries(ctx).some((c) => c !== undefined && c !== 'CN');
  }
  // Without two parties found, the places the opening names stand for theirs.
  if (ctx.parties.length < 2) {
    const found = countriesIn(openingSentences(ctx.sentences).map((s) => s.text).join(' '));
    return new Set(found).size !== 1 || found.length < 2;
  }
  const ours = ourCountry(ctx);
  const theirs = theirCountries(ctx);
  if (theirs.some((c) => c !== ours)) return true;
  const home = new Set([ours, ...partyCountries(ctx)]);
  return ctx.sentences.some((s) => {
    DONE_IN.lastIndex = 0;
    for (let m = DONE_IN.exec(s.text); m; m = DONE_IN.exec(s.text)) if (!home.has(countryIn(m[0].replace(/^.*?\bin\s+/, '')))) return true;
    return false;
  });
});

/**
 * A wholly Chinese contract between Chinese parties with nothing foreign in it: PRC law governs it
 * whatever it says (no 涉外 element lets the parties choose another), so a missing choice of law matters little.
 */
export function domesticChinese(ctx: ReviewContext): boolean {
  return writtenInChinese(draftText(ctx)) && !crossesBorder(ctx);
}

// Where a forum sits: "the courts of Munich", "courts located in King County", "at Wels",
// "place of arbitration shall be Los Angeles". Not case-blind, as the place is told by its capital;
// drafts capitalise "the Courts of Belgium" as often as not, and "exclusively in the Courts of" names
// the place after the courts.
const FORUM_PLACE =
  /\b(?:[Cc]ourts?\s+(?:located\s+|sitting\s+|situated\s+)?(?:of|in|at|for)|(?:[Vv]enue|[Ss]eat|[Pp]lace)\s+(?:of\s+arbitration\s+)?(?:shall|will)\s+be(?:\s+in|\s+at)?|agreed\s+to\s+be\s+(?:at|in)|seated\s+in|exclusively\s+in)\s+(?:the\s+)?(?:Courts?\s+(?:of|in|at)\s+(?:the\s+)?)?((?:[A-Z][\w.'’-]*\s*,?\s*){1,4})/g;
const NOT_A_PLACE = new Set(['The', 'State', 'States', 'Federal', 'County', 'City', 'Courts', 'Court', 'District', 'Superior', 'Commonwealth', 'Republic', 'Province', 'Appropriate', 'Competent']);

/** The proper names a forum clause places its forum at: ["Munich"], ["King", "Washington"]. */
export function forumPlaces(text: string): string[] {
  const out: string[] = [];
  FORUM_PLACE.lastIndex = 0;
  for (let m = FORUM_PLACE.exec(text); m; m = FORUM_PLACE.exec(text)) {
    for (const w of m[1]!.split(/[\s,]+/)) if (w.length > 2 && !NOT_A_PLACE.has(w)) out.push(withoutTrailingMarks(w));
  }
  return out;
}

/**
 * The opening's words about each party, in order: its name up to the next party's name, where its
 * seat, address and law of incorporation are stated.
 */
export function partyIntroductions(sentences: readonly Sentence[], names: readonly string[]): string[] {
  const opening = openingSentences(sentences).map((s) => s.text).join(' ');
  const at = names.map((n) => opening.indexOf(n));
  return names.map((_, i) => {
    if (at[i]! < 0) return '';
    const next = Math.min(...at.filter((x) => x > at[i]!), at[i]! + 400);
    return opening.slice(at[i]!, next);
  });
}

/** "Munich," → "Munich": a loop, as `/[.,']+$/` retried at every position is quadratic. */
function withoutTrailingMarks(word: string): string {
  let end = word.length;
  while (end > 0 && ".,'’".includes(word[end - 1]!)) end--;
  return word.slice(0, end);
}
