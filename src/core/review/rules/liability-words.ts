import type { ReviewContext } from '../context';
import { aboutLateness, CAP_EN, CAP_ZH, excludesEn, excludesZh, EXCLUDES_EN, EXCLUDES_ZH, GENERAL_ZH, INDIRECT_EN, INDIRECT_ZH, REMOTE_EN, TITLE } from '../topics/limit-reading';
import { zhPartyBefore } from '../zh/side';
import { partyBefore, type Side } from './side';
import { hits, inHeading, substantive, zhHits, type Hit } from './text';

// The words that limit liability are read in topics/limit-reading.ts, shared with the liability topic.

// The direct loss excluded too: "any direct, indirect", 直接或间接, 直接的，间接的: a full exclusion, another point.
const DIRECT = /(?<!in)direct\s{0,3}(?:,|or|and)|直接(?:的)?(?:或|和|及|、|，|,)/i;

// The party a liability is owed to: "total liability to you", "liable to Licensee".
const OWED_TO = /\b(?:to|towards)\s{1,3}(?:the\s{1,3})?$/i;

/**
 * Whose liability a cap limits: the party last named before its "exceed" ("the liability of Licensor
 * shall not exceed"), unless that party is the one the liability is owed to ("Cypress' total liability
 * to you shall not exceed"): then the party named before it.
 */
function capHolder(ctx: ReviewContext, h: Hit): ReturnType<typeof partyBefore> {
  const text = h.sentence.text;
  const last = partyBefore(ctx, text, h.index + h.text.length);
  if (last && REMEDY_OF.test(text.slice(last.index, h.index + h.text.length))) return { ...last, side: otherSide(last.side) };
  if (!last || last.index <= h.index || !OWED_TO.test(text.slice(Math.max(0, last.index - 12), last.index))) return last;
  return partyBefore(ctx, text, last.index) ?? last;
}

// A limit on what a party may recover ("Licensee's exclusive remedy … shall be limited to") caps the
// other party's liability.
const REMEDY_OF = /^[^.;]{0,40}?(?:'s|’s|s')\s+(?:(?:sole|exclusive|only|entire|total|maximum)\s+(?:and\s+(?:sole|exclusive)\s+)?)?(?:remed(?:y|ies)|recovery)\b/i;

function otherSide(side: Side | undefined): Side | undefined {
  return side === 'A' ? 'B' : side === 'B' ? 'A' : side;
}

/** Where the draft limits what a party owes, and whose liability it limits. */
export interface Limit {
  hit: Hit;
  /** Whose liability: undefined where the draft names no one before it. */
  side: Side | undefined;
  kind: 'cap' | 'exclusion';
  /** The exclusion is of indirect loss only. */
  indirect: boolean;
  /** Read from a heading ("Limitation of Liability"), which names no one and limits nothing by itself. */
  heading?: true;
}

const cache = new WeakMap<ReviewContext, Limit[]>();

/** Every cap on or exclusion of liability in the draft, with the side it protects. */
export function limits(ctx: ReviewContext): Limit[] {
  const known = cache.get(ctx);
  if (known) return known;
  const keep = (h: Hit) => !aboutLateness(h.sentence.text, h.index, h.text.length);
  const keepEn = (h: Hit) => substantive(ctx, h.sentence) && keep(h);
  // Chinese has no spaces to count words by: only a heading is left out.
  const keepZh = (h: Hit) => !inHeading(ctx, h.sentence) && keep(h);
  const out: Limit[] = [];
  for (const h of hits(ctx, CAP_EN, keepEn)) out.push({ hit: h, side: capHolder(ctx, h)?.side, kind: 'cap', indirect: false });
  for (const h of zhHits(ctx, CAP_ZH, keepZh)) out.push({ hit: h, side: zhPartyBefore(ctx, h.sentence.text, h.index)?.side, kind: 'cap', indirect: false });
  for (const h of hits(ctx, TITLE)) out.push({ hit: h, side: undefined, kind: 'cap', indirect: false, heading: true });
  const excludedEn = (h: Hit) => keepEn(h) && excludesEn(h.sentence.text, h.index, h.text);
  for (const h of hits(ctx, EXCLUDES_EN, excludedEn)) out.push(exclusion(h, partyBefore(ctx, h.sentence.text, liableAt(h))?.side, INDIRECT_EN));
  // Remote loss excluded in other words, where no exclusion above is read in the same sentence.
  const read = new Set(out.map((l) => l.hit.sentence));
  for (const h of hits(ctx, REMOTE_EN, (x) => keepEn(x) && !read.has(x.sentence))) out.push(exclusion(h, partyBefore(ctx, h.sentence.text, liableAt(h))?.side, INDIRECT_EN));
  for (const h of zhHits(ctx, EXCLUDES_ZH, (x) => keepZh(x) && excludesZh(x.sentence.text, x.text))) out.push(exclusion(h, zhPartyBefore(ctx, h.sentence.text, negationAt(h))?.side, INDIRECT_ZH));
  cache.set(ctx, out);
  return out;
}

function exclusion(hit: Hit, side: Side | undefined, indirect: RegExp): Limit {
  const text = hit.sentence.text;
  return { hit, side, kind: 'exclusion', indirect: indirect.test(text) && !DIRECT.test(text) };
}

/** "In no event shall the Supplier be liable": the party is read before "liable", after the opening words. */
function liableAt(h: Hit): number {
  const rest = h.sentence.text.slice(h.index);
  const at = /\b(?:liab|responsib)/i.exec(rest);
  return h.index + (at ? at.index : h.text.length);
}

/** 在任何情况下，卖方均不就……: the party is read before the negation, after the opening words. */
function negationAt(h: Hit): number {
  return h.index + (GENERAL_ZH.test(h.text) ? h.text.lastIndexOf('不') : 0);
}

/** Whether something in the draft limits what our side owes: a limit on us, on both, or on no one named. */
export function oursLimited(ctx: ReviewContext, ours: 'A' | 'B'): boolean {
  return limits(ctx).some((l) => l.side === undefined || l.side === ours || l.side === 'both');
}
