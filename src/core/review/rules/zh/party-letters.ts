import type { Rule } from '../../context';
import { LETTERS } from '../../zh/parties';
import { draftingFinding } from '../drafting';
import { groupedEvidence, hits, type Hit } from '../text';

/**
 * A Chinese draft calls its parties 甲方, 乙方 (丙方): slips a Chinese counsel marks before signing.
 * - A letter the terms use that no party was given: 甲方 named in the opening, the other party named
 *   only by its company name, and the duties then put on "乙方". Who is bound is left to argument.
 * - A party owing a payment or delivery to itself, "甲方应向甲方支付": the sentence names one party
 *   twice where its logic needs both, so the duty binds nobody as written.
 * Quiet where the opening gives no party a letter, and where the draft names the letter somewhere the
 * reader missed ("以下简称“乙方”", a line "乙方：", "Party B（乙方）").
 */
const LETTER_USE = /甲方|乙方|丙方/g;
/** The letter named where a party is introduced, though the reader did not take it. */
const NAMED = (letter: string) => new RegExp(`(?:简称|称为|称)[“"「]?${letter}|^[\\s\\u3000]{0,4}${letter}[\\s\\u3000]{0,4}[（(：:]|[（(]\\s{0,2}${letter}\\s{0,2}[)）]`, 'm');
/** "甲方应向甲方支付…", "乙方须将样品返还给乙方": the same letter as the one who acts and the one who receives. */
const TO_ITSELF = /(甲方|乙方|丙方)(?:应当?|须|必须|同意|承诺|负责)[^，。；：\n]{0,12}?(?:向|给|予|交付给|返还给|退还给|支付给|提供给)\1(?=支付|提供|交付|返还|退还|归还|披露|发出|转让|赔偿|书面|[，。；])/g;

export const partyLettersZh: Rule = (ctx) => {
  const own = new Set(ctx.parties.flatMap((p) => [p.shortName ?? '', ...(p.aliases ?? [])]).filter((w) => (LETTERS as readonly string[]).includes(w)));
  const self = hits(ctx, TO_ITSELF);
  const stray: Hit[] = [];
  if (own.size > 0) {
    const whole = ctx.sentences.map((s) => s.text).join('\n');
    const missing = LETTERS.filter((l) => !own.has(l) && !NAMED(l).test(whole));
    if (missing.length > 0) stray.push(...hits(ctx, LETTER_USE, (h) => (missing as readonly string[]).includes(h.text)));
  }
  return [
    ...draftingFinding(ctx, 'drafting.party-letter', groupedEvidence(stray), { letters: [...new Set(stray.map((h) => h.text))].join('、') }),
    ...draftingFinding(ctx, 'drafting.party-letter', groupedEvidence(self), { count: self.length }, 'medium', 'drafting.party-letter-self'),
  ];
};
