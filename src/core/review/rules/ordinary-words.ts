// The words a draft writes in lower case, for the undefined-term rule: a capitalised phrase none of
// whose words is ever written so is a name ("Seattle Seahawks", "Nike"), not a defined term.

/** A lower-case word, read whole: "non-exclusive" is one word, so "exclusive" is not read inside it. */
const LOWER_WORD = /\b[a-z][a-z-]+\b/g;
/** What makes a run without spaces an address or a number ("www.clotamin.com", "a@b.com", "1.2"). */
const ADDRESS_MARK = /[.@/]\w/g;

/** White space as a pattern's \s reads it. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A word's first two letters and its length (up to 31) as a number, for a bitmap of the words asked. */
function keyOf(w: string): number {
  return ((w.charCodeAt(0) & 127) << 12) | ((w.charCodeAt(1) & 127) << 5) | Math.min(w.length, 31);
}

/**
 * Which of the words asked (in lower case) the texts write in lower case, as ordinary words; a run
 * without spaces that holds a full stop, @ or slash before a letter or digit is an address, and its
 * words are no words. The marks are found natively and only their runs skipped (one pattern trying
 * both at every character was most of this reading's time), and a word of the text is looked up
 * among those asked only where its first letters and length are those of one: a draft writes tens
 * of thousands of words and a rule asks about a few hundred.
 */
export function writtenInLowerCase(texts: readonly string[], asked: ReadonlySet<string>): Set<string> {
  const text = texts.join(' ');
  const kept: string[] = [];
  let from = 0;
  ADDRESS_MARK.lastIndex = 0;
  for (let m = ADDRESS_MARK.exec(text); m; m = ADDRESS_MARK.exec(text)) {
    let start = m.index;
    while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    kept.push(text.slice(from, start));
    from = end;
    ADDRESS_MARK.lastIndex = end;
  }
  kept.push(text.slice(from));
  const keys = new Uint8Array(1 << 19);
  for (const w of asked) keys[keyOf(w)] = 1;
  const found = new Set<string>();
  const words = kept.join(' ').match(LOWER_WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (keys[keyOf(w)] === 1 && asked.has(w)) found.add(w);
  }
  return found;
}
