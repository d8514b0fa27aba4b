import { chooseSnippet, escapeForWordSearch } from '../../src/host/common/snippet';
import { insertedRun } from '../../src/host/word/rollback';
import { fingerprint } from '../../src/core/agreement/fingerprint';
import { wordSearch } from '../support/fakeWord/search';

const clause =
  'The Receiving Party shall return or destroy all Samples within 30 days after the Disclosing Party\'s written request, and shall certify the destruction in writing.';

describe('chooseSnippet', () => {
  it('searches for the quote itself when it is short and unique', () => {
    const start = clause.indexOf('within 30 days');
    expect(chooseSnippet(clause, start, start + 14)).toEqual({ search: 'within 30 days' });
  });

  it('escapes what Word reads specially, so the search finds the literal text', () => {
    const text = 'Royalty: 3% of Net Sales ^ capped\tper Quarter [see Schedule 2?] *subject to audit*';
    const snippet = chooseSnippet(text, 0, text.length)!;
    expect(snippet.search).toBe(escapeForWordSearch(text));
    expect(wordSearch(text, snippet.search, true)).toEqual([[0, text.length]]);
  });

  it('gives up on a quote that repeats in its paragraph, so the paragraph is marked whole', () => {
    const text = 'Each party shall bear its own costs. Each party shall bear its own costs.';
    expect(chooseSnippet(text, 0, 35)).toBeNull();
  });

  it('splits a quote too long for Word into unique first and last stretches within 255 characters, counted escaped', () => {
    const long = `${'^'.repeat(10)} ${clause} ${clause.replace('30 days', '45 days')} END`;
    const snippet = chooseSnippet(long, 0, long.length)!;
    expect(snippet.search.length).toBeLessThanOrEqual(255);
    expect(snippet.until!.length).toBeLessThanOrEqual(255);
    expect(snippet.search.startsWith('^^'.repeat(10))).toBe(true);
    expect(snippet.until!.endsWith('END')).toBe(true);
    expect(wordSearch(long, snippet.search, true)).toHaveLength(1);
    expect(wordSearch(long, snippet.until!, true)).toHaveLength(1);
  });

  it('stops before a line break, which Word would not match as typed', () => {
    const text = 'Term.\u000bThe Agreement ends on the third anniversary.';
    expect(chooseSnippet(text, 0, text.length)).toEqual({ search: 'Term.' });
  });
});

describe('insertedRun', () => {
  const before = ['Recitals', '1. Definitions', '2. Purpose', ''];
  it('finds the run of our paragraphs between the user\'s', () => {
    expect(insertedRun(before, ['Recitals', '1. Definitions', 'A', 'B', '2. Purpose', ''], ['A', 'B', 'C'])).toBe(2);
  });
  it('finds it when our first paragraph repeats the user\'s next one (either copy has the same text)', () => {
    const now = ['Recitals', '1. Definitions', '1. Definitions', '2. Purpose', ''];
    const at = insertedRun(before, now, ['1. Definitions', 'X'])!;
    expect([...now.slice(0, at), ...now.slice(at + 1)]).toEqual(before);
  });
  it('refuses anything else, so the user\'s text is never deleted', () => {
    expect(insertedRun(before, ['Recitals', 'A', '2. Purpose', ''], ['A'])).toBeNull();
    expect(insertedRun(before, ['Recitals', '1. Definitions', 'Z', '2. Purpose', ''], ['A'])).toBeNull();
  });
});

describe('fingerprint', () => {
  it('ignores layout whitespace and nothing else', () => {
    expect(fingerprint('3.1\tWithin 30 days')).toBe(fingerprint(' 3.1  Within 30 days '));
    expect(fingerprint('3.1\tWithin 30 days')).not.toBe(fingerprint('3.1\tWithin 60 days'));
  });
});
