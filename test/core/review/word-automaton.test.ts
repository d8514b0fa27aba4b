import { wordAutomaton } from '../../../src/core/review/topics/word-automaton';

// The automaton must find exactly the words a plain substring search finds: inside other words, as
// prefixes and suffixes of one another, overlapping, and beside characters no word holds.
const WORDS = ['own', 'ownership', 'disclose', 'nondisclos', 'use', 'sure', 'licenc', 'licens', 'co-own', '50', 'ship', '中国'];

function found(text: string): string[] {
  const present = new Uint8Array(WORDS.length);
  wordAutomaton(WORDS).mark(text, present);
  return WORDS.filter((_, id) => present[id]);
}

describe('wordAutomaton', () => {
  it.each([
    'the nondisclosure undertaking',
    'joint co-ownership, fifty percent (50%) each',
    'a licensed user is assured of the licence',
    'measures taken by the township',
    'governed by the laws of 中国 and 中华',
    'nothing here',
    '',
  ])('finds what a substring search finds in %j', (text) => {
    expect(found(text)).toEqual(WORDS.filter((w) => text.includes(w)));
  });

  it('finds a word that ends inside a longer one it does not begin', () => {
    // "ownership" and "ship" end together; "sure" runs on from "use"'s prefix "us".
    expect(found('ownership measures')).toEqual(['own', 'ownership', 'sure', 'ship']);
  });

  it('adds to what is marked and clears nothing', () => {
    const present = new Uint8Array(WORDS.length);
    present[0] = 1;
    wordAutomaton(WORDS).mark('no words at all', present);
    expect(present[0]).toBe(1);
  });

  it('sets the slots a word is given in place of its id, each group once', () => {
    // Group 0 needs "own" or "ship", group 1 "licenc" or "licens", group 2 "own" too.
    const marks = WORDS.map((w) => (w === 'own' ? [0, 2] : w === 'ship' ? [0] : w.startsWith('licen') ? [1] : []));
    const present = new Uint8Array(3);
    wordAutomaton(WORDS, marks).mark('the ownership of the licence', present);
    expect([...present]).toEqual([1, 1, 1]);
    const none = new Uint8Array(3);
    wordAutomaton(WORDS, marks).mark('a licensed partnership', none);
    expect([...none]).toEqual([1, 1, 0]);
  });
});
