import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { hits, inHeading } from './text';

/**
 * A word or a short phrase written twice in a row: "the the", "information that is identified that
 * is identified as". In a definition or an obligation the slip leaves the reader guessing what was
 * meant to be deleted. Only lower-case words joined by single spaces count: capitalised repeats
 * and wide gaps are columns of a table or of signature blocks run together ("By  By", "Title
 * Title"), and numbers are lists and amounts; the accepted "that that" and "had had" are left alone.
 */
const REPEATED = /(?<![\w-])([a-z]+(?: [a-z]+){0,3}) \1\b/g;
const GRAMMATICAL = /^(?:that|had|is|do|can)$/;
/**
 * Repeats that are good English: "from time to time to", and a phrase around "and" or "or" whose
 * two halves differ in what follows ("its and its Affiliates' officers", "a stock sale or sale or
 * transfer", "is or is proposed to be"). "and and" and "or or" alone are still slips.
 */
const IDIOM = /^(?:time to|\S+ (?:and|or)|(?:and|or) \S+)$/;

/**
 * "If the date differs from the shipping date to the integrator the integrator shall ...": a
 * conditional clause ends on a noun and the main clause opens with it, with the comma missing.
 */
const CONDITION_OPEN = /^\s*(?:If|When|Where|Whenever|Unless|Once|After|Before|Until)\b[^,;]*$/;

export const repeatedWords: Rule = (ctx) => {
  const found = hits(ctx, REPEATED, (h) => {
    const phrase = h.match[1]!;
    if (/^(?:the|a|an) /.test(phrase) && CONDITION_OPEN.test(h.sentence.text.slice(0, h.index))) return false;
    // A single letter or a roman numeral repeated is a list marker, not a slip.
    return !GRAMMATICAL.test(phrase) && !IDIOM.test(phrase) && !inHeading(ctx, h.sentence) && !/^(?:[a-z]|[ivxlc]+)$/.test(phrase);
  });
  return draftingHits(ctx, 'drafting.repeated-words', found);
};
