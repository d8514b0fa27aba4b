// Definitions whose opening quote the filing lost: '3. Fair Market Value" means the price ...'. The
// closing quote and "means" right after it mark the term; read only where it opens its sentence
// (after a clause number, if any), so a quoted name inside a sentence is left to the main finder.
import type { Definition, Sentence } from './context';

const LOST_OPENING =
  /^(?:\(?[\da-z]{1,4}[.)]\s{1,4}|\d{1,3}(?:\.\d{1,3}){0,3}\.?\s{1,4})?([A-Z][\w-]{0,30}(?:\s{1,3}(?:[A-Z][\w-]{0,30}|of|and|or|for|in)){0,5})["”]\s{0,3}(?:shall\s{1,3}mean|means)\b/;

/** Terms defined with only their closing quote, not already found. */
export function lostQuoteDefinitions(sentences: readonly Sentence[], found: readonly Definition[]): Definition[] {
  const out: Definition[] = [];
  for (const s of sentences) {
    const m = LOST_OPENING.exec(s.text);
    if (!m) continue;
    const term = m[1]!;
    if (found.some((d) => d.term === term) || out.some((d) => d.term === term)) continue;
    const start = s.start + m[0].indexOf(term);
    out.push({ term, paragraph: s.paragraph, start, end: start + term.length, text: s.text });
  }
  return out;
}
