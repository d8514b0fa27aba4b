// Where a capitalised phrase is the words of a heading, not a use of a term: for the undefined-term
// rule (defined-terms.ts).
import type { Hit } from './text';

/**
 * Title case around the hit: a heading run into the text ("Effect of Termination. Upon ...") or a
 * name ("Right of First Refusal"), seen from the capitalised word before the determiner or the
 * full stop or capitalised word after the phrase.
 */
export function inTitle(h: Hit): boolean {
  const before = h.sentence.text.slice(Math.max(0, h.index - 40), h.index);
  const after = h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 3);
  // "the Point(s) of Delivery": a name's plural written with "(s)" is still the name's first word.
  if (/\b[A-Z][\w-]{0,40}(?:\(s\))?\s+\w+\s$/.test(before) || /^(?::| [A-Z])/.test(after)) return true;
  // A short "sentence" ending in the phrase is a heading the segmenter cut off ("Effect of Termination.").
  if (after.startsWith('.') && h.sentence.text.split(/\s+/).length <= 6) return true;
  return runInHeading(h);
}

/** Small words of a title: "Termination in the Event of Bankruptcy or Insolvency". */
const TITLE_WORD = String.raw`(?:[A-Z][\w'-]*|of|the|in|and|or|to|for|with|on|by|a|an)`;
const LABEL = String.raw`\d{1,3}(?:\.\d{1,3}){0,3}\.?`;
/** From the clause's number, words of a title, or an article's title and the section's number ("10. DEFAULT   10.1 Termination in the"). */
const HEADING_OPENS = new RegExp(String.raw`^\s*${LABEL}\s+(?:(?:${TITLE_WORD}|${LABEL})\s+){1,12}$`);
const HEADING_ENDS = new RegExp(String.raw`^(?: ${TITLE_WORD}){0,10}\s{2,}[A-Z]`);

/**
 * A numbered heading in title case run into its clause across the gap a filing leaves ("10.1
 * Termination in the Event of Bankruptcy   You shall be in default ..."): its words title the
 * clause. Without the gap ("3. During the Term Licensee shall ...") the phrase is read as a use.
 */
function runInHeading(h: Hit): boolean {
  if (h.index > 160) return false;
  return HEADING_OPENS.test(h.sentence.text.slice(0, h.index)) && HEADING_ENDS.test(h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 160));
}

/** A page number followed by the next entry's number and title: "Termination 22 10.2 Termination with Notice". */
const CONTENTS_ENTRY = /\b\d{1,3}\s+\d{1,3}(?:\.\d{1,3})+\.?\s+[A-Z]/g;

/** A table of contents run into one sentence: three entries or more, each after its page number. Its headings define nothing. */
export function tableOfContents(text: string): boolean {
  CONTENTS_ENTRY.lastIndex = 0;
  let n = 0;
  while (n < 3 && CONTENTS_ENTRY.exec(text)) n++;
  return n >= 3;
}
