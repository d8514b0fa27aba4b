import { requiredText, requiredTextKey } from '../../../src/core/review/required-text';

// The command line's table (scripts/required-text-table.ts) answers for the patterns it lists, a
// pattern that needs no word included: that answer is null, and must not send the pattern to be
// read again from its source.
const LISTED_NULL = /\bexclusive\s+licen[cs]e/i;
const LISTED = /\bterritor(?:y|ies)\b/;

jest.mock('../../../src/core/review/built-required-text', () => ({
  builtRequiredText: () =>
    new Map([
      ['i/\\bexclusive\\s+licen[cs]e', null],
      ['/\\bterritor(?:y|ies)\\b', { words: ['territory'], caseless: false }],
    ]),
}));

describe('requiredText with a table made at build time', () => {
  it('keeps the table\'s null for a pattern listed as needing no word', () => {
    expect(requiredTextKey(LISTED_NULL)).toBe('i/\\bexclusive\\s+licen[cs]e');
    expect(requiredText(LISTED_NULL)).toBeNull();
  });

  it('takes the words the table lists, and reads a pattern it does not list', () => {
    expect(requiredText(LISTED)).toEqual({ words: ['territory'], caseless: false });
    expect(requiredText(/\breasonable\s+efforts\b/i)).toEqual({ words: ['reasonable'], caseless: true });
  });
});
