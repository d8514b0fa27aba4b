import { diffArrays, diffChars } from 'diff';

/**
 * Each paragraph's text as if every tracked change were accepted, taken from Word's own reviewed
 * text of the body (getReviewedText("Current"), WordApi 1.4) rather than rebuilt from the changes:
 * a deleted phrase that also occurs elsewhere in the paragraph, or deleted text that Word for Mac
 * reports as "" (office-js#5188), are then no problem. `shown` is what Paragraph.text gives, with
 * deleted text still in it. Paragraphs that match a reviewed line are kept as they are; in the
 * stretches that differ, each shown character is kept when Word's reviewed text has it. A
 * paragraph deleted whole reads as "", so paragraph indexes stay Word's.
 */
const CELL_END = String.fromCharCode(7);

export function acceptedTexts(shown: readonly string[], reviewed: string): string[] {
  // Paragraph marks come as "\r"; a table cell's end may come as BEL (U+0007).
  const lines = reviewed.split(CELL_END).flatMap((part) => part.split(/\r\n|\r|\n/));
  const out = [...shown];
  const parts = diffArrays([...shown], lines);
  let at = 0;
  for (let k = 0; k < parts.length; ) {
    const part = parts[k]!;
    if (!part.added && !part.removed) {
      at += part.count ?? part.value.length;
      k++;
      continue;
    }
    const removed: string[] = [];
    const added: string[] = [];
    for (; k < parts.length && (parts[k]!.added || parts[k]!.removed); k++) (parts[k]!.added ? added : removed).push(...parts[k]!.value);
    keptCharacters(removed, added.join('\r')).forEach((text, i) => (out[at + i] = text));
    at += removed.length;
  }
  return out;
}

/** The characters of `shown` (paragraphs; a paragraph mark, "\r", is never inside one) that survive in `accepted`. */
function keptCharacters(shown: readonly string[], accepted: string): string[] {
  const kept = shown.map(() => '');
  let para = 0;
  for (const part of diffChars(shown.join('\r'), accepted)) {
    if (part.added) continue;
    for (const ch of part.value) {
      if (ch === '\r') para++;
      else if (!part.removed) kept[para] += ch;
    }
  }
  return kept;
}
