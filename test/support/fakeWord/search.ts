import { FakeOfficeError } from './errors';
import type { FakeParagraph } from './model';

/**
 * Word's plain (non-wildcard) search: at most 255 characters, case-insensitive unless matchCase,
 * and "^" starts a special code even with matchWildcards false ("^^" is a literal caret, "^t" a
 * tab, "^?" any character, "^#" any digit, "^$" any letter). An unknown code is an error, as in
 * Word. Returns the [start, end) of each match in `text`.
 */
export function wordSearch(text: string, searchText: string, matchCase: boolean): [number, number][] {
  if (searchText.length === 0 || searchText.length > 255) {
    throw new FakeOfficeError('SearchStringInvalidOrTooLong', 'The search string is empty or longer than 255 characters.');
  }
  let pattern = '';
  for (let i = 0; i < searchText.length; i++) {
    const ch = searchText[i]!;
    if (ch !== '^') {
      pattern += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    const code = searchText[++i];
    const special: Record<string, string> = {
      '^': '\\^',
      t: '\\t',
      '?': '[\\s\\S]',
      '#': '[0-9]',
      $: '\\p{L}',
      l: '\\v',
      s: '\\u00a0',
      p: '(?!)',
    };
    const replacement = code === undefined ? undefined : special[code];
    if (replacement === undefined) {
      throw new FakeOfficeError('InvalidArgument', `"^${code ?? ''}" is not a valid special character in a search.`);
    }
    pattern += replacement;
  }
  const re = new RegExp(pattern, matchCase ? 'gu' : 'giu');
  const found: [number, number][] = [];
  for (const m of text.matchAll(re)) found.push([m.index, m.index + m[0].length]);
  return found;
}

/**
 * Word's search within one paragraph, over the text as the document's search reads it. What real
 * Word does with tracked deletions is not documented and reported to differ by platform and markup
 * view (see src/host/README.md): `skipDeleted` false reads the text with deleted words in it (a
 * passage broken by a deletion is not found whole); true reads it with them left out, a match
 * spanning a deletion running over the deleted words, as a range in the document does.
 */
export function paragraphSearch(p: FakeParagraph, searchText: string, matchCase: boolean, skipDeleted: boolean): [number, number][] {
  if (!skipDeleted) return wordSearch(p.text, searchText, matchCase);
  const deleted = p.changes.filter((c) => c.type === 'Deleted');
  const place: number[] = [];
  for (let i = 0; i < p.text.length; i++) if (!deleted.some((c) => c.start <= i && i < c.start + c.text.length)) place.push(i);
  const shown = place.map((i) => p.text[i]).join('');
  return wordSearch(shown, searchText, matchCase).map(([start, end]) => [place[start]!, place[end - 1]! + 1]);
}
