import type { ReviewContext } from '../context';
import { G } from '../topics/zh/words';
import { zhPartyBefore } from '../zh/side';
import { partyBefore, type Side } from './side';
import { hits, inHeading, substantive, type Hit } from './text';

// A cap on what a party pays: "aggregate liability … shall not exceed", "liability is limited to the fees".
const CAP_EN =
  /\b(?:aggregate|total|maximum|cumulative|entire)\s+liability\b[^.;]{0,160}?\b(?:exceed|limited\s+to)\b|\bliab(?:ility|le)\b[^.;]{0,80}?\b(?:shall|will|is|are)\s+(?:in\s+no\s+event\s+)?(?:not\s+)?(?:exceed|be\s+limited\s+to|limited\s+to|capped)\b/gi;
// The same in Chinese: 赔偿责任总额不超过, 责任以……为限, 责任仅限于……金额, 不承担金额超过……的赔偿.
// A penalty for lateness alone (违约金不超过) is no cap on liability: callers leave it out (LATENESS).
export const CAP_ZH = new RegExp(
  [
    `(?:责任|赔偿)${G(40)}(?:最高)?不(?:得|应)?超过`,
    `(?:责任|赔偿)${G(40)}以${G(30)}为限`,
    `(?:责任|赔偿)${G(20)}限于${G(30)}(?:金额|价款|费用|价格|总额|款项|使用费|收入)`,
    `不承担(?:金额|数额)?超过${G(40)}赔偿`,
  ].join('|'),
  'g',
);
// A clause that says it limits liability, whatever its body (redacted, or worded in a way not read
// here): "Limitation of Liability", "the limitations and exclusions above", 责任限制.
const TITLE = /\blimitations?\s+(?:of|on)\s+(?:\w+\s+){0,2}?liability\b|\blimitations\s+and\s+exclusions\b|责任限制|责任限额|赔偿限额/gi;
/** A cap on the penalty for lateness (逾期交货的赔偿总额不超过) is a term of delivery, not of liability. */
const LATENESS = /逾期|迟延|延迟|延误|滞纳|\blate\b|\bdelay/i;

// An exclusion of liability: "in no event shall the Supplier be liable", "disclaims all liability",
// 在任何情况下……均不承担, 不对……间接损失承担责任. Read as a limit only where it is general or of a kind
// of loss: "shall not be liable for delay caused by force majeure" excuses one event and limits nothing.
const EXCLUDES_EN =
  /\b(?:in\s+no\s+event|under\s+no\s+circumstances|neither\s+party\s+(?:shall|will|is|has)\s+(?:be\s+|have\s+any\s+)?(?:liable|responsible|liability)|(?:shall|will)\s+not\s+(?:be\s+|have\s+any\s+)?(?:liable|responsible|liability)|(?:is|are)\s+not\s+liable|disclaims?\s+(?:any\s+and\s+)?all\s+liability|no\s+liability)\b/gi;
const GENERAL_EN = /^(?:in\s+no|under\s+no|disclaim)/i;
// An exclusion of a kind of claim or loss: "shall not be liable for defective Products", "for any loss".
const KIND_EN = /\bliable\s+(?:to\s+\w+\s+)?for\s+(?:any\s+)?(?:defect\w*|loss(?:es)?|damages?|claims?)\b/i;
const EXCLUDES_ZH = new RegExp(`不(?:承担|负|对|就|应当?对|应当?就)${G(40)}(?:损失|损害|责任)|(?:在任何情况下|无论如何)${G(30)}不(?:承担|负|就|对)`, 'g');
const GENERAL_ZH = /^(?:在任何情况下|无论如何)/;

// Loss one step removed from the breach: consequential, indirect, lost profits; 间接损失, 利润损失.
const INDIRECT_EN = /\b(?:consequential|indirect)\b|\b(?:lost|loss\s+of)\s+profits?\b/i;
const INDIRECT_ZH = /间接|结果性|后果性|附带(?:的)?(?:损失|损害)|(?:利润|收益|利益)(?:的)?损失/;
// The direct loss excluded too: "any direct, indirect", 直接或间接, 直接的，间接的: a full exclusion, another point.
const DIRECT = /(?<!in)direct\s{0,3}(?:,|or|and)|直接(?:的)?(?:或|和|及|、|，|,)/i;

/** Where the draft limits what a party owes, and whose liability it limits. */
export interface Limit {
  hit: Hit;
  /** Whose liability: undefined where the draft names no one before it. */
  side: Side | undefined;
  kind: 'cap' | 'exclusion';
  /** The exclusion is of indirect loss only. */
  indirect: boolean;
}

const cache = new WeakMap<ReviewContext, Limit[]>();

/** Every cap on or exclusion of liability in the draft, with the side it protects. */
export function limits(ctx: ReviewContext): Limit[] {
  const known = cache.get(ctx);
  if (known) return known;
  const keep = (h: Hit) => !LATENESS.test(h.sentence.text.slice(Math.max(0, h.index - 40), h.index + h.text.length));
  const keepEn = (h: Hit) => substantive(ctx, h.sentence) && keep(h);
  // Chinese has no spaces to count words by: only a heading is left out.
  const keepZh = (h: Hit) => !inHeading(ctx, h.sentence) && keep(h);
  const out: Limit[] = [];
  for (const h of hits(ctx, CAP_EN, keepEn)) out.push({ hit: h, side: partyBefore(ctx, h.sentence.text, h.index + h.text.length)?.side, kind: 'cap', indirect: false });
  for (const h of hits(ctx, CAP_ZH, keepZh)) out.push({ hit: h, side: zhPartyBefore(ctx, h.sentence.text, h.index)?.side, kind: 'cap', indirect: false });
  for (const h of hits(ctx, TITLE)) out.push({ hit: h, side: undefined, kind: 'cap', indirect: false });
  const general = (re: RegExp, indirect: RegExp, kept: (h: Hit) => boolean, kind: RegExp) => (h: Hit) =>
    kept(h) && (re.test(h.text) || indirect.test(h.sentence.text) || kind.test(h.sentence.text));
  for (const h of hits(ctx, EXCLUDES_EN, general(GENERAL_EN, INDIRECT_EN, keepEn, KIND_EN))) out.push(exclusion(h, partyBefore(ctx, h.sentence.text, liableAt(h))?.side, INDIRECT_EN));
  for (const h of hits(ctx, EXCLUDES_ZH, general(GENERAL_ZH, INDIRECT_ZH, keepZh, INDIRECT_ZH))) out.push(exclusion(h, zhPartyBefore(ctx, h.sentence.text, negationAt(h))?.side, INDIRECT_ZH));
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
