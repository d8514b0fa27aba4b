import type { Definition, Sentence } from './context';

// A plain-text licence hard-wrapped at a ragged width leaves an opening cut into lines ("… between
// Acme Devices," / "Inc., a Delaware corporation, … Springfield, MA" / "01234 ("Acme") and you …"):
// each line a paragraph, so the company form is cut from its name and the naming bracket from both.

/** A line of prose: a lower-case word among at least this many words. */
const FEWEST_WORDS = 6;
/** What ends a sentence or a clause at a line's end; a line ending otherwise runs on. */
const ENDED = /[.;:!?]["'”’)]?$/;

/**
 * The opening with each line that ends mid-sentence joined to the line after it, and the naming
 * brackets of the joined lines moved to the joined sentence, so that a party's name and its short
 * name are read together. Only the last sentence of a paragraph runs on: a sentence the segmenter
 * ended inside a paragraph was ended by its punctuation.
 */
export function joinWrapped(opening: readonly Sentence[], definitions: readonly Definition[]): { opening: Sentence[]; definitions: Definition[] } {
  const out: Sentence[] = [];
  const moved = new Map<Definition, Definition>();
  for (let i = 0; i < opening.length; i++) {
    const first = opening[i]!;
    let text = first.text;
    let j = i;
    while (j + 1 < opening.length && runsOn(opening[j]!, opening[j + 1]!)) {
      const next = opening[++j]!;
      const at = text.length + 1;
      for (const d of definitions)
        if (d.paragraph === next.paragraph && d.start >= next.start && d.start < next.end)
          moved.set(d, { ...d, paragraph: first.paragraph, start: first.start + at + (d.start - next.start), end: first.start + at + (d.end - next.start) });
      text = `${text} ${next.text}`;
    }
    out.push(j === i ? first : { ...first, text, end: first.start + text.length });
    i = j;
  }
  return { opening: out, definitions: moved.size === 0 ? [...definitions] : definitions.map((d) => moved.get(d) ?? d) };
}

function runsOn(line: Sentence, next: Sentence): boolean {
  const text = line.text.trimEnd();
  // A Markdown heading ends at its line, however it ends.
  return next.paragraph !== line.paragraph && !/^#{1,6}\s/.test(text) && !ENDED.test(text) && /\b[a-z]{2,}\b/.test(text) && text.split(/\s+/).length >= FEWEST_WORDS;
}
