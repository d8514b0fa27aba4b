/** Where a Chinese sentence ends: 。！？, and ； which closes each item of a Chinese list. */
const ENDS = new Set(['。', '！', '？', '；', '!', '?']);
/** Closing quotes and brackets stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"']);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000' || c === '\n';

/**
 * Sentence spans of a paragraph with Chinese in it: split at Chinese sentence ends, then each
 * piece by the Latin reader (`latin`), so English sentences inside a bilingual paragraph still
 * split. One pass over the text.
 */
export function cjkSentenceSpans(text: string, latin: (piece: string) => [number, number][]): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const flush = (end: number): void => {
    for (const [a, b] of latin(text.slice(start, end))) spans.push([start + a, start + b]);
  };
  for (let i = 0; i < text.length; i++) {
    if (!ENDS.has(text[i]!)) continue;
    let j = i + 1;
    while (j < text.length && (ENDS.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
    flush(j);
    while (j < text.length && isSpace(text[j])) j++;
    start = j;
    i = j - 1;
  }
  if (start < text.length) flush(text.length);
  return spans;
}
