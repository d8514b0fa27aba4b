// The words a draft writes in lower case, for the undefined-term rule: a capitalised phrase none of
// whose words is ever written so is a name ("Seattle Seahawks", "Nike"), not a defined term. With
// the word keys both defined-term rules use to pass over, cheaply, the words they do not look for.

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

const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** A word character as a pattern's \w reads it. */
const isWordChar = (c: number): boolean => isLower(c) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** A word's first two characters and its length (up to 31) as a number: a cheap first test of a word against a few hundred. */
function key(first: number, second: number, length: number): number {
  return ((first & 127) << 12) | ((second & 127) << 5) | Math.min(length, 31);
}

export function wordKey(w: string): number {
  return key(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length);
}

/** The keys of the words, as a bitmap: a word whose key is not set is none of them. */
export function keyBitmap(words: Iterable<string>): Uint8Array {
  const keys = new Uint8Array(1 << 19);
  for (const w of words) keys[wordKey(w)] = 1;
  return keys;
}

/**
 * Which of the words asked (in lower case) the text writes in lower case, as ordinary words; a run
 * without spaces that holds a full stop, @ or slash before a letter or digit is an address, and its
 * words are no words. The marks are found natively and only their runs skipped (one pattern trying
 * both at every character was most of this reading's time).
 */
export function writtenInLowerCase(text: string, asked: ReadonlySet<string>): Set<string> {
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
  return lowerWords(kept.join(' '), asked);
}

/**
 * The words asked that stand in the text as the pattern \b[a-z][a-z-]+\b finds them, scanning from
 * the left: "non-exclusive" is one word, so "exclusive" is not read inside it. Read in one loop over
 * the character codes, and a word's letters are taken out of the text only where its first two and
 * its length are those of a word asked: a draft writes tens of thousands of words, a rule asks about
 * a few hundred, and taking out every word was most of this reading's time.
 */
export function lowerWords(text: string, asked: ReadonlySet<string>): Set<string> {
  const keys = keyBitmap(asked);
  const found = new Set<string>();
  const n = text.length;
  // The tests of each character written out, not called: the command line reviews once per process,
  // where this loop over every character runs unoptimised and each call is paid in full. Whether the
  // character before is a word character is carried along, not read again.
  let afterWord = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // A word starts at a lower-case letter after no word character.
    if (c < 97 || c > 122 || afterWord) {
      afterWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
      i++;
      continue;
    }
    let run = i + 1;
    for (let r = text.charCodeAt(run); (r >= 97 && r <= 122) || r === 45; r = text.charCodeAt(run)) run++;
    // Back from the end of the run to a word boundary, at least two characters in.
    let end = run;
    while (end >= i + 2 && isWordChar(text.charCodeAt(end - 1)) === (end < n && isWordChar(text.charCodeAt(end)))) end--;
    if (end < i + 2) {
      afterWord = true;
      i++;
      continue;
    }
    if (keys[key(c, text.charCodeAt(i + 1), end - i)] === 1) {
      const w = text.slice(i, end);
      if (asked.has(w)) found.add(w);
    }
    afterWord = isWordChar(text.charCodeAt(end - 1));
    i = end;
  }
  return found;
}
