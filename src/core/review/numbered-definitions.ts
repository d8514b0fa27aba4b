// Definitions numbered and written in capitals, run on after a heading in one paragraph, as filed
// gas and pipeline agreements set them: "ARTICLE I - DEFINITIONS 1.1 TRANSPORTATION QUANTITY - shall
// mean the maximum daily quantity ...". The definitions finder reads a label of this kind only where
// it opens its paragraph; these sit mid-paragraph, and the capitals and the number mark them.
import type { Definition, Sentence } from './context';

const NUMBERED_CAPITALS =
  /(?:^|\s)\d{1,3}\.\d{1,3}\.?\s{1,12}([A-Z][A-Z0-9&'-]{1,30}(?: {1,3}[A-Z][A-Z0-9&'-]{1,30}){0,5})\s{0,3}[-–—:]{1,2}\s{0,3}(?:shall\s{1,3}(?:mean|have\s{1,3}the\s{1,3}meaning|be\s{1,3}(?:as\s{1,3})?defined)|means|is\s{1,3}defined)\b/g;

/** Numbered definitions in capitals, not already found. */
export function numberedDefinitions(sentences: readonly Sentence[], found: readonly Definition[]): Definition[] {
  const out: Definition[] = [];
  for (const s of sentences) {
    if (!/mean|defined/.test(s.text)) continue;
    NUMBERED_CAPITALS.lastIndex = 0;
    for (let m = NUMBERED_CAPITALS.exec(s.text); m; m = NUMBERED_CAPITALS.exec(s.text)) {
      const term = m[1]!;
      if (found.some((d) => d.term === term) || out.some((d) => d.term === term)) continue;
      const start = s.start + m.index + m[0].indexOf(term);
      out.push({ term, paragraph: s.paragraph, start, end: start + term.length, text: s.text });
    }
  }
  return out;
}
