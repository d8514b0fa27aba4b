import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { inQuotes, listOf } from './finding';
import { hits } from './text';

/**
 * Frequency words read two ways: "bi-annually" is twice a year to some readers and every two years
 * to others, and "bi-weekly", "bi-monthly" and "bi-yearly" split the same way. "Semi-annually",
 * "biennially" and "every six months" are read one way and are left alone, and so is a word the
 * draft explains where it uses it ("bi-weekly (every two weeks)", or a "two (2) month term" renewed for
 * "bimonthly periods").
 */
const TWO_WAY = /\bbi-?(?:annual|weekly|monthly|yearly)(?:ly)?\b/gi;
const EXPLAINED = /^[\s,]{0,3}\(?\s{0,3}(?:i\.e\.,?\s{1,3}|that\s+is,?\s{1,3}|meaning\s{1,3})?(?:twice|two\s+times|once\s+every|every\s+(?:two|other|six|2|6|14|fourteen)|every\s+\w+\s+(?:weeks|months))/i;

/** The sentence gives the period in other words: "a two (2) month term ... renewed for five bimonthly periods". */
const PERIOD_STATED = /\b(?:two\s{1,3}(?:\(2\)\s{1,3})?|2[\s-]{1,3})(?:weeks?|months?|years?)\b|\btwo-(?:week|month|year)\b|\btwice\b|\bsix\s{1,3}(?:\(6\)\s{1,3})?months\b/i;

export const twoWayFrequency: Rule = (ctx) => {
  const found = hits(ctx, TWO_WAY, (h) => !EXPLAINED.test(h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 40)) && !PERIOD_STATED.test(h.sentence.text));
  const words = [...new Set(found.map((h) => h.text.toLowerCase()))].map(inQuotes);
  return draftingHits(ctx, 'drafting.two-way-frequency', found, { words: listOf(words) });
};
