// Where Word sets text in bold, for the terms a draft defines in bold without quotes ("Programme is
// ...", "(Halden)"; core/review/bold-definitions.ts). The reader asks in a fixed number of round
// trips: every paragraph's Font.bold in the first (one nested load: true, false, or null where bold
// and plain mix), and only for mixed paragraphs whose text could define a term in bold, those
// paragraphs' words with their bold (Paragraph.split, WordApi 1.3), all queued for one sync of
// their own, so a Word that fails the query loses the bold and nothing else (read.ts).
import type { TextEmphasis } from '../../core/document';
import { mayDefineInBold } from '../../core/review/bold-definitions';
import type { WParagraph } from './api';

type Words = ReturnType<WParagraph['split']>;

/**
 * Where the words are cut, the marks left out: spaces, and the punctuation drafts set beside a term
 * ("(Orrin),", "“Programme”;"). A plain comma or bracket next to a bold term would otherwise make
 * its word mixed, neither bold nor plain, and the term would be lost. Not the apostrophe or hyphen,
 * which sit inside terms ("Licensor’s", "Non-Exclusive"), nor the full stop, which no bold
 * definition needs cut off and which would cut every number.
 */
export const WORD_MARKS = [' ', ',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '‘'];
const BETWEEN = /^[\s,;:()[\]"“”‘]*$/;

export const BOLD = 'items/font/bold';

/**
 * At most this many paragraphs' words are asked for. Word answers one object per word, so the
 * answer must not grow with the document: terms defined in bold sit in the parties' paragraph and
 * the definitions clause, near the start, and 40 paragraphs cover those of a long agreement while
 * keeping the answer to some thousands of words (measured in test/host/word/read-bold.test.ts).
 */
export const MAX_BOLD_PARAGRAPHS = 40;
/** And at most this many characters of them, so 40 very long paragraphs cannot swell it either. */
export const MAX_BOLD_CHARS = 24_000;

/** Paragraphs (by index, in order) that mix bold and plain text where a bold term could define; the first within the caps. */
export function mixedBold(paragraphs: readonly { text: string; bold: boolean | null }[]): number[] {
  const out: number[] = [];
  let chars = 0;
  for (let i = 0; i < paragraphs.length && out.length < MAX_BOLD_PARAGRAPHS; i++) {
    const p = paragraphs[i]!;
    if (p.bold !== null || !mayDefineInBold(p.text)) continue;
    chars += p.text.length;
    if (chars > MAX_BOLD_CHARS) break;
    out.push(i);
  }
  return out;
}

/** Queues the words, with their bold, of the paragraphs given (loaded in an earlier sync); one query per paragraph, all for the same sync. */
export function queueWords(paragraphs: readonly WParagraph[], wanted: readonly number[]): Map<number, Words> {
  const out = new Map<number, Words>();
  for (const i of wanted) {
    const words = paragraphs[i]!.split(WORD_MARKS, true, true);
    words.load('items/text,items/font/bold');
    out.set(i, words);
  }
  return out;
}

/**
 * A paragraph's bold stretches from its words in order: each word is found in the text after the
 * previous one, with only spaces and the marks cut out between. A word that does not fit (Word split
 * the text otherwise) ends the reading of that paragraph, so no bold is put in the wrong place.
 */
export function boldStretches(text: string, words: readonly { text: string; bold: boolean | null }[]): TextEmphasis[] {
  const out: TextEmphasis[] = [];
  let at = 0;
  for (const w of words) {
    for (const part of w.text.split(/[\r\n\v]+/)) {
      const word = part.trim();
      if (!word) continue;
      const start = text.indexOf(word, at);
      if (start < 0 || !BETWEEN.test(text.slice(at, start))) return out;
      at = start + word.length;
      if (w.bold !== true) continue;
      const last = out[out.length - 1];
      // Words in bold with only spaces between are one stretch: "(Strada Partners)".
      if (last && text.slice(last.end, start).trim() === '') last.end = at;
      else out.push({ start, end: at, bold: true });
    }
  }
  return out;
}
