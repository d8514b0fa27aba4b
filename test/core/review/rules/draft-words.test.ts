// Whether the draft writes a word (draft-words.ts), as the undefined-term rule asks it of a word a
// filing split ("the Franchised Restaur ant"): the answer must be the one a set of every word of the
// draft in lower case gives, which it replaced for speed.
import { draftWrites } from '../../../../src/core/review/rules/draft-words';
import { makeContext } from './make-context';

const DRAFT = [
  'This Franchise Agreement is made between Halvard Foods AG ("Halvard") and Corvane Kitchens Inc. ("Corvane").',
  'Corvane shall operate each Franchised Restaurant under the System and the Manual.',
  'The Franchised Restaur ant shall open within ninety (90) days after the Effective Date.',
  'Corvane shall pay a non-refundable fee of US$25,000 to Halvard on signing.',
  'Notices go to notices@halvard.example, attention: Legal Department.',
].join('\n');

/** The words of the draft as the rule used to read them: its text in lower case, cut at every other character. */
function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z]+/));
}

describe('whether the draft writes a word', () => {
  const ctx = makeContext(DRAFT);
  const words = wordSet(ctx.sentences.map((s) => s.text).join(' '));

  it('finds a word the draft writes in any case, and not one a filing split', () => {
    expect(draftWrites(ctx, 'restaurant')).toBe(true);
    expect(draftWrites(ctx, 'franchised')).toBe(true);
    expect(draftWrites(ctx, 'restaurants')).toBe(false);
    expect(draftWrites(ctx, 'restaurshall')).toBe(false);
  });

  it('reads a word only whole: not inside a longer one, and a hyphen or an address cuts words', () => {
    expect(draftWrites(ctx, 'staur')).toBe(false);
    expect(draftWrites(ctx, 'refundable')).toBe(true);
    expect(draftWrites(ctx, 'nonrefundable')).toBe(false);
    expect(draftWrites(ctx, 'halvard')).toBe(true);
    expect(draftWrites(ctx, 'example')).toBe(true);
  });

  it('answers as the set of every word did, for every word of the draft and some it lacks', () => {
    // The empty string the set held (the text's cut before its first letter) is no word: never asked.
    const asked = [...words].filter((w) => w !== '');
    asked.push( 'ninetydays', 'effectivedate', 'corvanes', 'manuals', 'restaur', 'ant', 'x', 'l', 'legal-department', 'São');
    for (const w of asked) expect([w, draftWrites(ctx, w)]).toEqual([w, words.has(w)]);
  });
});
