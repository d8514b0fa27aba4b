import type { Rule } from '../context';
import { finding } from './finding';
import { acceptedByUse } from './public-offer';
import { ourSide, partyBefore, partyRightAfter } from './side';
import { groupedEvidence, hits, type Hit } from './text';

/** Grants we take as licensee: "X hereby grants to [us] a … licence". */
const GRANT = /\bgrants?\b/gi;
const LICENCE = /\blicen[cs]e\b/i;

function grantsToUs(ctx: Parameters<Rule>[0]): { hit: Hit; unknown: boolean }[] {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  const out: { hit: Hit; unknown: boolean }[] = [];
  for (const h of hits(ctx, GRANT, (x) => LICENCE.test(x.sentence.text.slice(x.index, x.index + 200)))) {
    const side = partyRightAfter(ctx, h.sentence.text, h.index + h.text.length)?.side;
    if (side === 'B') out.push({ hit: h, unknown: false });
    else if (side === undefined && partyBefore(ctx, h.sentence.text, h.index)?.side !== 'B') out.push({ hit: h, unknown: true });
  }
  return out;
}

// The acts a patent owner may stop (make, use, sell, offer for sale, import), as grants list them.
const ACT = /\b(?:have\s+made|make|use|sell|offer(?:\s+to\s+sell|\s+for\s+sale)?|import|(?:otherwise\s+)?dispose\s+of|lease|practi[cs]e|exploit|commerciali[sz]e)\b/gi;
const NAMED_ACTS = /\bto\s+(?:make|have\s+made|sell|import)\b/i;

/**
 * A patent licence covers only the acts it names. One that lets us make, sell and import but not
 * use leaves our own use, and our customers' use, of the licensed products unlicensed.
 */
export const licenceActs: Rule = (ctx) => {
  const found = grantsToUs(ctx).filter(({ hit }) => {
    const after = hit.sentence.text.slice(hit.index, hit.index + 400);
    if (!/\bpatent/i.test(hit.sentence.text) || !NAMED_ACTS.test(after)) return false;
    const acts = new Set([...after.matchAll(ACT)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' ')));
    const exploits = [...acts].some((a) => /^(?:use|practi|exploit|commerciali)/.test(a));
    return acts.size >= 3 && !exploits;
  });
  if (found.length === 0) return [];
  const unknown = found.every((f) => f.unknown);
  return [
    finding(ctx, {
      rule: 'ambiguous.licence-acts',
      topic: 'background-license',
      severity: 'high',
      kind: 'ambiguous',
      evidence: groupedEvidence(found.map((f) => f.hit)),
      ...(unknown ? { sideUnknown: true } : {}),
    }),
  ];
};

// "shall not sublicense", "No license … includes the right to grant sublicenses", "non-sublicensable".
const NO_SUBLICENCE =
  /\b(?:(?:shall|may|will)\s+not|no\s+right\s+to|not\s+(?:include|includes|be\s+entitled\s+to)\s+(?:the|any)\s+right\s+to|without\s+(?:the|any)\s+right\s+to)\s+(?:grant\s+(?:any\s+)?)?sub-?licen[cs](?:e|es|ing)\b|\bnon-?sub-?licens(?:e|a)ble\b|\bno\s+licen[cs]e\b[^.;]{0,80}?\bincludes?\s+(?:the|any)\s+right\s+to\s+(?:grant\s+)?sub-?licen[cs]/gi;
const NO_SUBLICENCE_IN = new RegExp(NO_SUBLICENCE.source, 'i');
// The licence reaches our group: "Licensee and its Affiliates", "may extend … to its Affiliates".
const GROUP = /\b(?:and|or)\s+(?:its|their|any\s+of\s+its)\s+(?:Affiliates|affiliated\s+compan(?:y|ies)|Subsidiaries|subsidiaries)\b|\bsub-?licen[cs]\w*\s+(?:\w+\s+){0,3}to\s+(?:its\s+|any\s+of\s+its\s+)?(?:Affiliates|Subsidiaries|subsidiaries)\b/;

// The grantor speaking for its group: "on behalf of itself and its Affiliates".
const GRANTOR_GROUP = /\b(?:on\s+behalf\s+of|for)\s+itself\s+and\s+(?:on\s+behalf\s+of\s+)?(?:its|any\s+of\s+its)\s+(?:Affiliates|Subsidiaries|subsidiaries)\b/gi;

// A bar with a way through is a term to negotiate, not a missing right: "except as provided in
// Section 2.1(c)", "without the prior written consent of the Licensor".
const QUALIFIED = /\b(?:except|unless|other\s+than|save\s+as)\b|\bwithout\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|approval)\b/i;

// A right to sublicense given to the grantee elsewhere: "further grants the Licensee the right to
// sub-license the Content to users", "with the right to grant sublicenses", "the Licensee may
// sublicense". A bar beside it on one kind of sublicensee is a limit on that right, not its absence.
const SUBLICENCE_GRANTED =
  /\b(?:grants?|granted|with|including|includes|has|have)\b[^.;]{0,80}?\bright\s+to\s+(?:grant\s+)?sub-?licen[cs](?:e|es)\b|\bmay\s+(?:grant\s+)?sub-?licen[cs](?:e|es)\b/gi;

// A licence given free: "royalty-free", "free of charge", "at no charge".
const FREE = /\broyalty[-\s]free\b|\bfree\s+of\s+(?:charge|cost)\b|\b(?:at|for)\s+no\s+(?:charge|cost)\b|\bwithout\s+charge\b/i;
// Money owed for it all the same: "fully paid-up", "the license fee", "Licensee shall pay".
const PAID = /\bpaid-?up\b|\b(?:licen[cs]e|subscription)\s+fees?\b|\bshall\s+pay\b|\bin\s+consideration\s+of\s+(?:the\s+)?(?:payment|fees?)\b/i;

/**
 * A licence given free to whoever accepts the terms by downloading or using: each company of our
 * group can accept it for itself, so a personal grant costs the group little.
 */
function freeToAll(ctx: Parameters<Rule>[0], grants: readonly { hit: Hit }[]): boolean {
  const s = ctx.sentences;
  return grants.some(({ hit }) => FREE.test(hit.sentence.text)) && !s.some((x) => PAID.test(x.text)) && acceptedByUse(s);
}

/**
 * We take a licence that we may not sublicense and that does not reach our affiliates: a group that
 * makes through a subsidiary, or sells through one, is outside it.
 */
export const licenceReach: Rule = (ctx) => {
  const grants = grantsToUs(ctx);
  // The grantee's group, not the grantor's: "X, for itself and its Affiliates, grants to Y", nor a
  // heading "Grant by X" that opens the sentence of that grant.
  if (grants.length === 0 || grants.some(({ hit }) => GROUP.test(hit.sentence.text.slice(hit.index).replace(GRANTOR_GROUP, '')))) return [];
  // "The Licensor shall not sublicense" binds them, not us; "No license … includes" binds every licence.
  const theirs = (h: Hit) => /^(?:shall|may|will)\s/i.test(h.text) && partyBefore(ctx, h.sentence.text, h.index)?.side === 'A';
  const barred = hits(ctx, NO_SUBLICENCE, (h) => !theirs(h) && !GROUP.test(h.sentence.text) && !QUALIFIED.test(h.sentence.text));
  if (barred.length === 0) return [];
  // Granted in a sentence without a bar in it, and to us: the grantor "grants … the right to
  // sublicense"; a party that "may sublicense" is not the grantor.
  // "with the right to sublicense", "has the right": the party before is the one that has it, as
  // in "Licensee grants to Licensor … a licence, with the right to sublicense", which is not ours.
  const grantee = (h: Hit) => {
    const before = partyBefore(ctx, h.sentence.text, h.index)?.side;
    if (/^may\b/i.test(h.text)) return before !== undefined && before !== 'A';
    return /^grant/i.test(h.text) ? before !== 'B' : before !== 'A';
  };
  if (hits(ctx, SUBLICENCE_GRANTED, (h) => !NO_SUBLICENCE_IN.test(h.sentence.text) && grantee(h)).length > 0) return [];
  const unknown = grants.every((g) => g.unknown);
  return [
    finding(ctx, {
      rule: 'one-sided.licence-reach',
      topic: 'background-license',
      severity: freeToAll(ctx, grants) ? 'low' : 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence(barred),
      ...(unknown ? { sideUnknown: true } : {}),
    }),
  ];
};
