import fc from 'fast-check';
import type { Sentence } from '../../../src/core/review/context';
import { anyMatching, firstMatching, matching, sentencesFor } from '../../../src/core/review/rules/sentence-gate';

const sentence = (text: string, i: number): Sentence => ({ paragraph: i, start: 0, end: text.length, text });

/** The gate's answer once the list is indexed (the first call for a list only marks it). */
function gated(sentences: readonly Sentence[], re: RegExp): readonly number[] | null {
  sentencesFor(sentences, re);
  return sentencesFor(sentences, re);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('sentence gate', () => {
  it('skips the sentences that hold none of the words a pattern needs', () => {
    const sentences = ['The Licensee shall pay the fees.', 'Exclusive rights are granted.', 'Nothing here.', 'an EXCLUSIVE licence'].map(sentence);
    expect(gated(sentences, /\bexclusive\s+(?:rights|licence)/gi)).toEqual([1, 3]);
    expect(gated(sentences, /\bExclusive rights\b/g)).toEqual([1]);
    // A pattern that names no word it needs runs everywhere.
    expect(gated(sentences, /\b\w+\b/g)).toBeNull();
  });

  it('keeps every sentence the pattern matches, whatever the letters and their case', () => {
    // Letters in both cases, digits, marks, and characters whose case rules differ from ASCII.
    const char = fc.constantFrom(...'aAbBcCkK1 2.-_\n'.split(''), '\u212a', '\u0130', '\u017f', '许', '可', '“');
    const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 40 }), fc.array(text.filter((t) => t.length >= 2), { minLength: 1, maxLength: 3 }), fc.boolean(), (texts, words, caseless) => {
        const sentences = texts.map(sentence);
        const re = new RegExp(words.map(escape).join('|'), caseless ? 'gi' : 'g');
        const only = gated(sentences, re);
        const kept = new Set(only ?? sentences.keys());
        sentences.forEach((s, i) => {
          re.lastIndex = 0;
          if (re.test(s.text)) expect(kept.has(i)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives what filter, find and some give, in order, once the list is indexed', () => {
    const sentences = ['Exclusive rights are granted.', 'Nothing here.', 'an EXCLUSIVE licence', 'The exclusive licence ends.'].map(sentence);
    sentencesFor(sentences, /x/);
    const re = /\bexclusive\s+(?:rights|licence)/i;
    expect(matching(sentences, re)).toEqual([sentences[0], sentences[2], sentences[3]]);
    expect(firstMatching(sentences, re, (s) => s.text.endsWith('.') && s.text.includes('licence'))).toBe(sentences[3]);
    expect(anyMatching(sentences, re, (s) => s.text.startsWith('Nothing'))).toBe(false);
    // A global pattern keeps its own place between tests, so it is tried on every sentence as a loop would.
    const [global, again] = [/exclusive/gi, /exclusive/gi];
    expect(matching(sentences, global)).toEqual(sentences.filter((s) => again.test(s.text)));
  });
});
