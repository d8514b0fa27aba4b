// Plain text hard-wrapped at a fixed width (a licence file wrapped at 72 or 80 columns, Markdown
// written by Pandoc): most lines of prose then stop within a word or two of one column. Text exported
// with a paragraph to a line has lines of every length, and no such column.

/** Fewer lines of prose than this say nothing about a width. */
const MIN_LINES = 10;
/** A wrapped line stops this many columns short of the width at most, as a rule: a long word did not fit. */
const NEAR = 15;
/** The share of lines of prose that must stop near one width for the text to be read as wrapped. */
const WRAPPED_SHARE = 0.5;
/** Widths text is wrapped at lie between these. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 160;
/** The share of the width a line ragged by a proportional font reaches. */
const RAGGED = 0.75;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** A line's width in columns, a tab counting as four. */
export function columns(line: string): number {
  return line.replace(/\t/g, '    ').trimEnd().length;
}

/**
 * The column the text is hard-wrapped at, or nothing where it is not: the widest line of prose not
 * far beyond the ninth decile (a web address or a table row may run past it), where at least half the
 * lines of prose stop near it. Lines in Chinese are left out: they wrap by characters, not words.
 */
export function wrapWidth(lines: readonly string[]): number | undefined {
  const widths: number[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (text.includes(' ') && !CJK.test(text)) widths.push(columns(line));
  }
  if (widths.length < MIN_LINES) return undefined;
  widths.sort((a, b) => a - b);
  const decile = widths[Math.floor(widths.length * 0.9)]!;
  if (decile < MIN_WIDTH || decile > MAX_WIDTH) return undefined;
  let width = 0;
  let near = 0;
  for (const w of widths) if (w <= decile + NEAR / 3) width = w;
  for (const w of widths) if (w >= width - NEAR && w <= width) near++;
  return near / widths.length >= WRAPPED_SHARE ? width : undefined;
}

/**
 * Whether a line of a text wrapped at `width` was cut by the wrap, not ended by the writer: the next
 * line's first word would not have fitted on it. A line that ends a sentence, a clause or a bracket,
 * or a table row, is ended whatever its length.
 */
export function cutByWrap(width: number | undefined, line: string, next: string): boolean {
  // A line saved with trailing spaces ends where its words end.
  const end = line.trimEnd();
  if (width === undefined || !/[\p{L}\p{N},'"”’%-]$/u.test(end) || CJK.test(end.slice(-1))) return false;
  const word = /^[A-Za-z0-9"“‘'([$€£][^\s]*/.exec(next.trim());
  if (word === null) return false;
  // Wrapped in a proportional font (a word processor's text saved as plain text), lines stop anywhere
  // in the last quarter of the width: a line that reaches it and stops on a lower-case word or a comma
  // was cut too, so "grants to Analog" / "Devices (and its affiliates) ..." is one sentence and one name.
  return columns(line) + 1 + word[0].length > width || (/[a-z,]$/.test(end) && columns(line) >= width * RAGGED);
}
