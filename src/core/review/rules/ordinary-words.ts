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

/**
 * Every lower-case word of the texts, less the runs without spaces that hold a full stop, @ or slash
 * before a letter or digit: the words of an address are no words. The marks are found natively and
 * only their runs are skipped, so the text is read twice in native calls (one pattern trying both
 * at every character was most of this reading's time).
 */
export function ordinaryWords(texts: readonly string[]): Set<string> {
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
  return new Set(kept.join(' ').match(LOWER_WORD));
}
