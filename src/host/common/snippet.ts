/**
 * Choosing what to search for to find a finding's passage in Word. Word's search takes at most 255
 * characters and, even with wildcards off, reads "^" as the start of a special code, so a snippet
 * is cut to fit and escaped. It must also be unique in its paragraph, or the search could land on
 * an earlier repeat of the same words; when no such snippet exists the caller marks the paragraph.
 */
export const SEARCH_LIMIT = 255;

/** Escapes text for Word's plain search: "^" doubled, tab as "^t". Other characters are literal. */
export function escapeForWordSearch(text: string): string {
  return text.replace(/\^/g, '^^').replace(/\t/g, '^t');
}

function escapedLength(text: string): number {
  return escapeForWordSearch(text).length;
}

/** The longest prefix that fits Word's limit once escaped, ending at a word boundary when it was cut. */
function fit(text: string): string {
  let n = Math.min(text.length, SEARCH_LIMIT);
  while (escapedLength(text.slice(0, n)) > SEARCH_LIMIT) n--;
  const cut = text.slice(0, n);
  if (n === text.length) return cut;
  const space = cut.lastIndexOf(' ');
  return space > SEARCH_LIMIT / 2 ? cut.slice(0, space) : cut;
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

/** What to search for: the quote itself, or, when it is too long for Word, its unique first and
 * last stretches, whose ranges the caller joins. */
export interface Snippet {
  search: string;
  until?: string;
}

/** The longest suffix that fits Word's limit once escaped, starting at a word boundary when cut. */
function fitEnd(text: string): string {
  let n = Math.min(text.length, SEARCH_LIMIT);
  while (escapedLength(text.slice(text.length - n)) > SEARCH_LIMIT) n--;
  const cut = text.slice(text.length - n);
  if (n === text.length) return cut;
  const space = cut.indexOf(' ');
  return space >= 0 && space < SEARCH_LIMIT / 2 ? cut.slice(space + 1) : cut;
}

/**
 * How to find [start, end) of `paragraph` with Word's search, or null when the paragraph should be
 * marked whole (the words repeat in it, or it is blank). Control characters other than tab (line
 * breaks, field marks) would not match as typed, so the quote stops before them.
 */
export function chooseSnippet(paragraph: string, start: number, end: number): Snippet | null {
  const from = Math.max(0, Math.min(start, paragraph.length));
  let quote = paragraph.slice(from, Math.max(from, Math.min(end, paragraph.length)));
  for (let i = 0; i < quote.length; i++) {
    const code = quote.charCodeAt(i);
    if (code < 32 && code !== 9) {
      quote = quote.slice(0, i);
      break;
    }
  }
  quote = quote.trimEnd();
  if (quote.trim().length === 0) return null;
  if (escapedLength(quote) <= SEARCH_LIMIT) return count(paragraph, quote) === 1 ? { search: escapeForWordSearch(quote) } : null;
  const head = fit(quote);
  const tail = fitEnd(quote);
  if (count(paragraph, head) !== 1 || count(paragraph, tail) !== 1) return null;
  return { search: escapeForWordSearch(head), until: escapeForWordSearch(tail) };
}
