// Finding the defined terms a phrase opens by binary search in the sorted terms: every term with the
// prefix, whatever its neighbours in sorted order, and none without it.
import { sortedTerms, withPrefix } from '../../../../src/core/review/rules/term-prefixes';

const TERMS = [
  'statement of work',
  'statements of work',
  'state',
  'service level',
  'service levels',
  'services',
  'stated value',
  'statement',
  'confidential information',
  'net sales',
  'it',
  'statement of work',
];

describe('defined terms by how they open', () => {
  const sorted = sortedTerms(TERMS);

  it('keeps each term of three letters or more once, in sorted order', () => {
    expect(sorted).toEqual(['confidential information', 'net sales', 'service level', 'service levels', 'services', 'state', 'stated value', 'statement', 'statement of work', 'statements of work']);
  });

  it('finds every term opening with the prefix and no other', () => {
    expect(withPrefix(sorted, 'statement')).toEqual(['statement', 'statement of work', 'statements of work']);
    expect(withPrefix(sorted, 'statement ')).toEqual(['statement of work']);
    expect(withPrefix(sorted, 'service l')).toEqual(['service level', 'service levels']);
    expect(withPrefix(sorted, 'state')).toEqual(['state', 'stated value', 'statement', 'statement of work', 'statements of work']);
  });

  it('finds nothing for a prefix no term opens with, before, between or after the terms', () => {
    expect(withPrefix(sorted, 'agreement')).toEqual([]);
    expect(withPrefix(sorted, 'patent')).toEqual([]);
    expect(withPrefix(sorted, 'territory')).toEqual([]);
    expect(withPrefix([], 'statement')).toEqual([]);
  });

  it('agrees with a scan of every term for each prefix of each term', () => {
    for (const t of sorted) {
      for (let n = 1; n <= t.length; n++) {
        const prefix = t.slice(0, n);
        expect(withPrefix(sorted, prefix)).toEqual(sorted.filter((s) => s.startsWith(prefix)));
      }
    }
  });
});
