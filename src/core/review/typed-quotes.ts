// Drafts typed on a typewriter, or passed through one system after another, quote a defined name
// in ways beside "…" and “…”: two single quotes (''Company''), two backticks (``Company''), a
// backtick and an apostrophe (`Company'), low and angle quotes („Company“, «Company»), and opening
// and closing marks mixed (''Employee", ”Company”). Where the readers of parties and terms look for
// a quoted name they read the text with each of these as a plain double quote. The text keeps its
// length, so every offset found in it holds in the draft, whose own text the findings quote.

/** The marks that stand alone for a double quote. */
const DOUBLE = new Set(['“', '”', '„', '‟', '«', '»', '″']);
/** The marks that, doubled, make one: '' ‘‘ ’’ ``. */
const SINGLE = new Set(["'", '‘', '’', '`']);
/** How far a backtick's closing apostrophe may come: a name of a few words. */
const BACKTICK_REACH = 60;
/** Whether a draft holds any mark to read: most hold none but plain quotes and apostrophes. */
const TYPED = /[“”„‟«»″`]|['‘’]['‘’]/;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

/** The text with every typed quote mark read as a plain double quote, at the same length. */
export function plainQuotes(text: string): string {
  if (!TYPED.test(text)) return text;
  const out = text.split('');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (DOUBLE.has(c)) out[i] = '"';
    else if (SINGLE.has(c) && SINGLE.has(text[i + 1] ?? '')) {
      // A pair opens a name when a word follows it and none comes before: the mark sits next to the
      // name, and the other character becomes a space on the outer side ( "Company" ).
      const opens = isWordChar(text[i + 2]) && !isWordChar(text[i - 1]);
      out[i] = opens ? ' ' : '"';
      out[i + 1] = opens ? '"' : ' ';
      i++;
    } else if (c === '`' && /[A-Z0-9]/.test(text[i + 1] ?? '')) {
      const close = backtickClose(text, i + 1);
      if (close > 0) {
        out[i] = '"';
        out[close] = '"';
        i = close;
      }
    }
  }
  return out.join('');
}

/**
 * Where the apostrophe closing a backtick-quoted name is: the first one no letter follows (so not
 * the "’s" of "Company’s"), before any other quote mark or bracket; -1 where there is none near.
 */
function backtickClose(text: string, from: number): number {
  for (let j = from; j < Math.min(text.length, from + BACKTICK_REACH); j++) {
    const c = text[j]!;
    if (c === "'" || c === '’') {
      if (!/[A-Za-z]/.test(text[j + 1] ?? '')) return j;
    } else if (c === '"' || c === '`' || c === '(' || c === ')' || DOUBLE.has(c)) return -1;
  }
  return -1;
}
