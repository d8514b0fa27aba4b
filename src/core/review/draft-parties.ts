import type { Party, ReviewContext } from './context';
import { ourSide, partyRefs, type Side } from './rules/side';
import { mutualLabels } from './terms/holder';
import { escapeRegExp } from '../regex-escape';
import { hasCjk } from './zh/cjk';
import { zhPartyRefs } from './zh/side';
import { anyMatching } from './rules/sentence-gate';

/** The name the draft gives each side: "A" shares technology, samples or information, "B" receives. */
export interface DraftParties {
  A?: string;
  B?: string;
}

/**
 * The draft's own name for each side: a party introduced in its opening, by the short name the
 * draft defines for it ("Qingtai", "Provider"), else its legal name. A draft that names its sides
 * only by role ("Provider", "Customer") gives the role label it uses most for that side. A side
 * the draft does not let us tell stays unnamed, for a blank: it is never guessed.
 */
export function draftParties(ctx: ReviewContext, companyName = ''): DraftParties {
  return namedParties(ctx, companyName, called);
}

/**
 * As draftParties, for the reader to check the side the review took: a party the opening
 * introduces by its legal name with the short name it is given ("Hanlin Battery Co., Ltd. (Provider)").
 */
export function displayedParties(ctx: ReviewContext, companyName = ''): DraftParties {
  return namedParties(ctx, companyName, displayed);
}

/** A party as the reader checks it: its legal name with the short name the draft gives it. */
function displayed(p: Party): string {
  return p.shortName && p.shortName !== p.name ? `${p.name} (${p.shortName})` : p.name;
}

/**
 * The parties of a deal among three or more that the review names on neither side (a guarantor, a
 * parent, a joint company, or a party whose side the draft does not let us tell), as displayed; and
 * two companies the draft names only by name, neither placed: which is ours the review does not guess
 * (in a joint project the party that funds may be the one whose technology it is, or not), so both
 * are listed and the reader is asked to name ours.
 */
export function partiesBeside(ctx: ReviewContext, shown: DraftParties): string[] {
  if (ctx.parties.length < 2 || (ctx.parties.length === 2 && (shown.A || shown.B))) return [];
  const placed = new Set([shown.A, shown.B]);
  return ctx.parties.map(displayed).filter((name) => !placed.has(name));
}

function namedParties(ctx: ReviewContext, companyName: string, name: (p: Party) => string): DraftParties {
  const out: DraftParties = {};
  for (const p of ctx.parties) {
    const side = sideOf(ctx, called(p));
    if ((side === 'A' || side === 'B') && !out[side]) out[side] = name(p);
  }
  // Two companies the draft does not label by role: the one with our company's name is on our side.
  const us = ourSide(ctx);
  const ours = ctx.parties.findIndex((p) => isOurCompany(companyName, p.name));
  if (us && ctx.parties.length === 2 && ours >= 0 && !out.A && !out.B) {
    out[us] = name(ctx.parties[ours]!);
    out[us === 'A' ? 'B' : 'A'] = name(ctx.parties[1 - ours]!);
  }
  if (out.A && out.B) return out;
  // A draft whose opening introduces its parties by name, none of them placed on a side, uses role
  // labels for others or for whichever party is acting ("W2E's Customers"): it names no side by them.
  if (ctx.parties.length >= 2 && !out.A && !out.B) return out;
  const counts = { A: new Map<string, number>(), B: new Map<string, number>() };
  const roles = eitherPartyRoles(ctx);
  for (const s of ctx.sentences)
    // A Chinese sentence names its parties by words no English word boundary finds (被授权人, 乙方, 您).
    for (const ref of hasCjk(s.text) ? zhPartyRefs(ctx, s.text) : partyRefs(ctx, s.text))
      // "YOU" in a sentence set in capitals is the party, but not the word to call it by.
      if ((ref.side === 'A' || ref.side === 'B') && !roles.has(ref.text.toLowerCase()) && !SHOUTED_PRONOUN.test(ref.text)) counts[ref.side].set(ref.text, (counts[ref.side].get(ref.text) ?? 0) + 1);
  for (const side of ['A', 'B'] as const) {
    if (out[side]) continue;
    const most = [...counts[side]].sort((a, b) => b[1] - a[1])[0];
    if (most) out[side] = most[0];
  }
  // One side named by role ("Provider"), the other by a word of the draft's own ("Partner").
  if (out.A && !out.B) out.B = pairedWith(ctx, out.A, roles);
  else if (out.B && !out.A) out.A = pairedWith(ctx, out.B, roles);
  return out;
}

const SHOUTED_PRONOUN = /^(?:YOU|WE)$/;

/**
 * Role labels the draft uses for a part either party plays ("Recipient" for whichever party
 * receives information, "Disclosing Party" in a mutual NDA): never a name for one side, or our fix
 * would give that side's duties to whichever party happens to receive, and the review would tell
 * the reader "you are the Disclosing Party" of a draft where both are.
 */
function eitherPartyRoles(ctx: ReviewContext): ReadonlySet<string> {
  const roles = new Set(mutualLabels(ctx));
  for (const d of ctx.definitions) if (EITHER_PARTY.test(d.text)) roles.add(d.term.toLowerCase());
  if (anyMatching(ctx.sentences, ZH_EITHER_DISCLOSES)) for (const r of ZH_CONFIDENTIALITY_ROLES) roles.add(r);
  return roles;
}

/** A Chinese draft where either party may disclose ("任何一方向另一方披露"): 披露方 and 接收方 are whichever party is in the role. */
const ZH_EITHER_DISCLOSES = /(?:任何一方|一方|每一方|各方|双方)[^。；]{0,30}?(?:披露|提供)[^。；]{0,20}?(?:保密信息|秘密信息|信息)|相互(?:披露|提供)/;
const ZH_CONFIDENTIALITY_ROLES = ['披露方', '接收方', '接受方', '提供方'];

/** "“Recipient” means a party to this Agreement when it receives …". */
const EITHER_PARTY = /\bmeans\s+(?:a|any|each|either|whichever)\s+party\b(?:\s+to\s+this\s+agreement)?,?\s+(?:when|where|while|that|which|who|as|in\s+its\s+capacity)\b/i;

/**
 * The name the draft pairs with a party's ("Provider and Partner each disclaim", "between Partner
 * and Provider") and that acts in its own right elsewhere ("Partner will give Feedback"): the
 * other party, where the draft gives it no role label we know.
 */
function pairedWith(ctx: ReviewContext, name: string, roles: ReadonlySet<string>): string | undefined {
  const n = escapeRegExp(name);
  const pair = new RegExp(`\\b${n}\\s+and\\s+([A-Z][a-z]{2,20})\\b|\\b([A-Z][a-z]{2,20})\\s+and\\s+${n}\\b`, 'g');
  const paired = new Map<string, number>();
  for (const s of ctx.sentences)
    for (const m of s.text.matchAll(pair)) {
      const other = (m[1] ?? m[2])!;
      if (other !== name && !NOT_A_PARTY.test(other) && !roles.has(other.toLowerCase())) paired.set(other, (paired.get(other) ?? 0) + 1);
    }
  return [...paired]
    .sort((a, b) => b[1] - a[1])
    .map(([other]) => other)
    .find((other) => {
      const acts = new RegExp(`(?:^|[.;:]\\s)${other}\\s+(?:will|shall|may|must)\\b`);
      return ctx.sentences.some((s) => acts.test(s.text));
    });
}

/** Capitalised words drafts pair with a party's name that are no party. */
const NOT_A_PARTY = /^(?:Part(?:y|ies)|Affiliates?|Its|Their|This|The|Any|Each|All|Agreement|Section)$/;

/** The side a party's name stands for: a Chinese draft calls its parties 甲方 and 乙方, which no English word boundary finds. */
function sideOf(ctx: ReviewContext, name: string): Side | undefined {
  return (hasCjk(name) ? zhPartyRefs(ctx, name) : partyRefs(ctx, name))[0]?.side;
}

/** How the draft calls a party: the short name it defines, else the legal name. */
function called(p: Party): string {
  return p.shortName ?? p.name;
}

/** Whether a party's legal name is our company's: either holds the other ("Acme", "Acme GmbH"). */
export function isOurCompany(companyName: string, name: string): boolean {
  const company = companyName.trim().toLowerCase();
  const n = name.toLowerCase();
  return company !== '' && (n.includes(company) || company.includes(n));
}
