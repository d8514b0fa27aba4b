// Where Word sets text in bold, for the terms a draft defines in bold without quotes ("Programme is
// ...", "(Halden)"; core/review/bold-definitions.ts). Asking each paragraph for its runs would send
// one action per paragraph, so the reader asks in a fixed number of queries: every paragraph's
// Font.bold in the first round trip (one nested load: true, false, or null where bold and plain
// mix), and only where some mixed paragraph could define a term in bold, the body's words with
// their bold (Range.getTextRanges, WordApi 1.3) in the second, one query whatever the length.
import type { TextEmphasis } from '../../core/document';
import { mayDefineInBold } from '../../core/review/bold-definitions';
import type { WBody, WRange } from './api';

export const BOLD = 'items/font/bold';

/** Paragraphs (by index) that mix bold and plain text where a bold term could define. */
export function mixedBold(paragraphs: readonly { text: string; bold: boolean | null }[]): Set<number> {
  const out = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (p.bold === null && mayDefineInBold(p.text)) out.add(i);
  });
  return out;
}

/**
 * Queues the body's words with their bold, where there is a paragraph to place; null when none is.
 * Reading at all needs WordApi 1.3 (capabilities.ts), which brings getTextRanges and getRange("Whole").
 */
export function queueWords(body: WBody, wanted: ReadonlySet<number>): { readonly items: WRange[] } | null {
  if (wanted.size === 0) return null;
  const words = body.getRange('Whole').getTextRanges([' '], true);
  words.load('items/text,items/font/bold');
  return words;
}

/**
 * The bold stretches of the wanted paragraphs, from the body's words in order: each word is found
 * in its paragraph's text after the previous one, with only spaces between; a paragraph whose words
 * are used up hands on to the next. A word that does not fit (Word split the text otherwise) ends
 * the reading, so no bold is put in the wrong place.
 */
export function boldStretches(texts: readonly string[], wanted: ReadonlySet<number>, words: readonly { text: string; bold: boolean | null }[]): Map<number, TextEmphasis[]> {
  const out = new Map<number, TextEmphasis[]>();
  let para = 0;
  let at = 0;
  const rest = (i: number, from: number) => texts[i]!.slice(from).search(/\S/) >= 0;
  for (const w of words) {
    for (const part of w.text.split(/[\r\n\v]+/)) {
      const word = part.trim();
      if (!word) continue;
      while (para < texts.length && !rest(para, at)) [para, at] = [para + 1, 0];
      if (para >= texts.length) return out;
      const start = texts[para]!.indexOf(word, at);
      if (start < 0 || texts[para]!.slice(at, start).trim() !== '') return out;
      at = start + word.length;
      if (w.bold !== true || !wanted.has(para)) continue;
      const list = out.get(para) ?? [];
      const last = list[list.length - 1];
      // Words in bold with only spaces between are one stretch: "(Strada Partners)".
      if (last && texts[para]!.slice(last.end, start).trim() === '') last.end = at;
      else list.push({ start, end: at, bold: true });
      out.set(para, list);
    }
  }
  return out;
}
