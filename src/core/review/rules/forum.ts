import type { Rule, ReviewContext } from '../context';
import { countryIn, crossesBorder, forumPlaces, lawCountry, ourCountry, partyCountries, partyDescriptions, theirCountries } from '../places';
import { ourSide, partyRefs } from './side';
import type { Hit } from './text';
import { finding } from './finding';
import { openWherePayerIs } from './payee-forum';
import { groupedEvidence, hits, substantive } from './text';
import { escapeRegExp } from '../../regex-escape';
import { anyMatching } from './sentence-gate';

const COURTS = /\b(?:courts?|venue|jurisdiction\s+is\s+agreed)\b/gi;
const DISPUTE_CONTEXT = /\b(?:jurisdiction|venue|disputes?|actions?|proceedings?|suits?|claims?)\b/i;
// An agreement to arbitrate, not a mention of arbitration ("costs of any trial or arbitration
// proceedings"): disputes settled, resolved, referred or submitted to or by arbitration.
export const AGREES_TO_ARBITRATE =
  /\b(?:settled|resolved|decided|determined|referred|submitted|submit|refer)\s+(?:\w+\s+){0,4}?(?:by|to|through|in|under|pursuant\s+to)\s+(?:\w+\s+){0,3}?arbitration\b|\b(?:binding|final)\s+arbitration\b|\barbitrated\b|\b(?:seat|place)\s+of\s+(?:the\s+)?arbitration\b/i;
const WHO_IS_SUED = /\bfirst\s+defendant\b/i;
const NON_EXCLUSIVE = /\bnon[\s-]?exclusive\s+jurisdiction\b|\bfirst\s+defendant\b|\bmay\s+(?:also\s+)?be\s+(?:brought|initiated|commenced|instituted)\s+in\b/i;
// Consent to a court's jurisdiction that makes it no more than one competent court: "each party
// consents to the personal jurisdiction of the courts located in …", with nothing making it the only one.
const CONSENT_ONLY = /\b(?:consents?|submits?)\s+to\s+(?:the\s+)?(?:personal\s+)?jurisdiction\s+of\b/i;
// "agrees not to commence any such action … except in such courts" makes them the only ones, and so
// does "the parties agree that any action … be brought in the courts of", and "all disputes shall be
// finally settled by the courts of", which leaves no other court for them.
const EXCLUSIVE = /\bexclusive(?:ly)?\b|\b(?:shall|will|must)\s+be\s+(?:finally\s+)?(?:settled|resolved|decided|determined|adjudicated)\s+(?:by|before|in)\s+(?:the\s+)?courts?\b|\bsole\b|\bonly\b|\bnot\s+(?:to\s+)?(?:commence|bring|file|institute|initiate)\b[^.;]{0,100}?\bexcept\s+in\b|\b(?:shall|will|must)\s+(?:be\s+(?:brought|filed|commenced|instituted|heard|venued|litigated)|take\s+place)\b|\bthat\s+(?:any|all|each)\b[^.;]{0,160}?\bbe\s+(?:brought|filed|commenced|instituted|heard|litigated)\s+in\b|\bvenue\s+(?:for|of)\b[^.;]{0,200}\b(?:shall|will)\s+(?:be|lie)\b/i;
// Courts named only to back an arbitration or to grant urgent relief do not compete with it.
// "actions seeking to enforce any provision of this Agreement" are every claim under it, not enforcement.
const ANCILLARY = /\b(?:injunct\w*|interim|provisional|equitable|restrain\w*|extraordinary\s+relief|enforce\w*(?!\s+(?:any|the|a|each)\s+(?:provisions?|terms?)\b)|award|confirm\w*|compel\w*|competent\s+jurisdiction)\b/i;
// Courts kept for what the arbitration does not cover, or to supervise it, do not compete with it either.
const CARVE_OUT = /\b(?:not|excluded\s+from|exceptions?\s+to|other\s+than)\s+(?:\w+\s+){0,4}?arbitra\w*|\bin\s+(?:aid|support)\s+of\s+(?:the\s+)?arbitra\w*|\bsupervis\w*|\b(?:relating|related|in\s+relation)\s+to\s+(?:the\s+|any\s+)?arbitra\w*/i;
// A court ruling a provision invalid is the severability clause, not a choice of forum.
const SEVERABILITY = /\b(?:invalid|unenforceable|illegal|void)\b/i;
// "court costs" in an indemnity, a court in an insolvency trigger and a jury waiver choose no forum either.
const NOT_A_CHOICE = /\bcourt\s+(?:costs|fees)\b|\b(?:bankruptcy|insolvency|liquidation|receiver(?:ship)?|jury)\b/i;
const SEAT = /\b(?:seat|place|venue)\s+of\s+(?:the\s+)?arbitration\b|\barbitration\b[^.;]{0,80}\b(?:held|seated|conducted|take\s+place)\s+in\b/gi;
const STATE_AND_FEDERAL = /\b(?:state\s+(?:and|or)\s+federal|federal\s+(?:and|or)\s+state)\s+courts?\b/i;
const EXCLUSIVE_COURTS = /\bexclusive\s+(?:jurisdiction|venue)\b/gi;

/**
 * Where a forum sits: the country its place names ("Los Angeles, California"), else the party whose
 * description in the opening names the place ("Muster GmbH, with its seat in Graz" and "the courts of
 * Graz"), else, for courts, the country whose law governs.
 */
function forumSeat(ctx: ReviewContext, forum: Hit[], arbitrates: boolean): { country?: string; party?: number } {
  const places = forum.flatMap((h) => forumPlaces(h.sentence.text));
  // "the state and federal courts located in {jurisdiction}": courts of a US state, whichever it is.
  const federal = forum.some((h) => STATE_AND_FEDERAL.test(h.sentence.text)) ? 'US' : undefined;
  if (places.length === 0) return federal ? { country: federal } : {};
  const descriptions = partyDescriptions(ctx);
  const naming = descriptions.map((d, i) => (places.some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`).test(d)) ? i : -1)).filter((i) => i >= 0);
  const party = naming.length === 1 ? naming[0] : undefined;
  const country = countryIn(places.join(' ')) ?? (party !== undefined ? partyCountries(ctx)[party] : undefined) ?? (arbitrates ? undefined : lawCountry(ctx)) ?? federal;
  return { ...(country ? { country } : {}), ...(party !== undefined ? { party } : {}) };
}

/** The party established where the forum is, by the name the draft calls it. */
function homeParty(ctx: ReviewContext, country: string, party: number | undefined): string | undefined {
  const countries = partyCountries(ctx);
  const at = party ?? (countries.filter((c) => c === country).length === 1 ? countries.indexOf(country) : -1);
  const p = ctx.parties[at];
  return p && (p.shortName ?? p.name);
}


/**
 * Where disputes go. Arbitration and exclusive courts side by side leave the forum open in any deal.
 * Across a border: non-exclusive courts, or courts chosen by who sues first, invite parallel suits;
 * the other side's home courts or seat favour it, and a court judgment given abroad may not be
 * enforceable where our assets or theirs are, while an arbitral award is, under the New York Convention.
 */
export const forum: Rule = (ctx) => {
  if (!ctx.role || !ctx.topics['dispute-resolution'].present) return [];
  const arbitrates = anyMatching(ctx.sentences, AGREES_TO_ARBITRATE);
  // Two competing forums are a defect in any deal; courts instead of arbitration matter across a border.
  if (arbitrates) {
    // "non-exclusive jurisdiction" is no rival to the arbitration.
    const rival = hits(
      ctx,
      EXCLUSIVE_COURTS,
      (h) => !/\bnon[\s-]?$/i.test(h.sentence.text.slice(Math.max(0, h.index - 4), h.index)) && !ANCILLARY.test(h.sentence.text) && !CARVE_OUT.test(h.sentence.text),
    );
    if (rival.length > 0) {
      return [finding(ctx, { rule: 'ambiguous.forum-conflict', topic: 'dispute-resolution', severity: 'medium', kind: 'ambiguous', evidence: groupedEvidence(rival) })];
    }
  }
  if (!crossesBorder(ctx)) return [];
  const forum = hits(
    ctx,
    arbitrates ? SEAT : COURTS,
    // The seat of an arbitration is named in a sentence of its own ("The place of arbitration shall be …").
    (h) =>
      substantive(ctx, h.sentence) &&
      !SEVERABILITY.test(h.sentence.text) &&
      (arbitrates || (DISPUTE_CONTEXT.test(h.sentence.text) && !ANCILLARY.test(h.sentence.text) && !NOT_A_CHOICE.test(h.sentence.text))),
  );
  if (forum.length === 0) return [];
  const exclusive = forum.some((h) => EXCLUSIVE.test(h.sentence.text));
  const open = arbitrates ? [] : forum.filter((h) => NON_EXCLUSIVE.test(h.sentence.text) || (!exclusive && CONSENT_ONLY.test(h.sentence.text)));
  if (open.length > 0) {
    // In a confidentiality agreement the discloser is the likely claimant: courts left open let it sue
    // wherever the recipient and its assets are, which it would not trade for one exclusive court. A
    // forum that turns on who is sued first is no choice for either side.
    if (ctx.scenario === 'pre-deal-disclosure' && ourSide(ctx) === 'A' && !open.some((h) => WHO_IS_SUED.test(h.sentence.text))) return [];
    if (!open.some((h) => WHO_IS_SUED.test(h.sentence.text)) && openWherePayerIs(ctx, open)) return [];
    return [finding(ctx, { rule: 'ambiguous.court-forum-open', topic: 'dispute-resolution', severity: 'medium', kind: 'ambiguous', evidence: groupedEvidence(open) })];
  }
  const { country, party } = forumSeat(ctx, forum, arbitrates);
  const us = ourSide(ctx);
  const side = party !== undefined ? partyRefs(ctx, ctx.parties[party]!.shortName ?? ctx.parties[party]!.name)[0]?.side : undefined;
  // A forum at our own seat is no point against us; in our own country, only one at the seat of a
  // party we can name is ("the courts of the county where the Licensor is organised").
  if (side === us || side === 'both' || !country) return [];
  const domestic = country === ourCountry(ctx);
  if (domestic && party === undefined) return [];
  const theirs = theirCountries(ctx);
  const theirHome = side !== undefined || domestic || theirs.includes(country);
  const rule = arbitrates ? 'one-sided.arbitration-seat' : 'one-sided.court-forum';
  // A seat abroad but at neither side's home is neutral; courts abroad are not, as their judgment
  // may not be enforced where we are.
  if (!theirHome && (arbitrates || theirs.some((c) => c !== undefined))) return [];
  // At a party's home whose side the draft does not let us tell: name it, and say when it matters.
  const home = side === undefined && theirHome ? homeParty(ctx, country, party) : undefined;
  // Only their courts, at their home, with us abroad: we must sue and be sued there, and their judgment
  // against us may go unenforced where we are only by luck. Weightier than a forum merely theirs.
  const onlyTheirs = !arbitrates && exclusive && !domestic && theirHome && !home;
  return [
    finding(ctx, {
      rule,
      ...(home ? { key: `${rule}-unknown`, params: { party: home } } : theirHome ? {} : { key: 'one-sided.court-forum-abroad' }),
      topic: 'dispute-resolution',
      severity: onlyTheirs ? 'medium' : 'low',
      kind: 'one-sided',
      evidence: groupedEvidence(forum),
    }),
  ];
};
