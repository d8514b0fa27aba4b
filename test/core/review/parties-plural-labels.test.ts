// A role label the opening defines in the plural ("collectively "Licensors"") names the parties on
// that side together; a plural in lower case ("its licensors", "providers of hosting") names no party.
import { partyRefs } from '../../../src/core/review/rules/side';
import { termsChange } from '../../../src/core/review/rules/terms-change';
import { makeContext } from './rules/make-context';

const OPENING =
  'This research licence is between Harlow Labs, with offices at 4 Mill Lane, Oxford, and Fenwick Research, with offices at 12 Quay Street, Leith (collectively "Licensors"), and you, the person or entity using the Software ("you").';
const ctxOf = (...lines: string[]) => makeContext([OPENING, ...lines].join('\n'), { scenario: 'technology-license', role: 'licensee' });
const refs = (sentence: string) => partyRefs(ctxOf('1. Licensors grant you a non-exclusive licence to use the Software for research.'), sentence).map((r) => `${r.text}:${r.side ?? '?'}`);

describe('a role label defined in the plural', () => {
  it('places "Licensors" and "the Licensors" on the licensor’s side', () => {
    expect(refs('The Licensors may end this licence on thirty days’ notice.')).toEqual(['Licensors:A']);
  });

  it('names no party where the plural is a common noun in lower case', () => {
    expect(refs('You may not remove the notices of any of its licensors.')).toEqual([]);
  });

  it('lets a change of terms the licensors reserve be read as the other side’s', () => {
    const change = '5. The Licensors reserve the right to amend these Terms at any time by posting the amended Terms on their website.';
    expect(termsChange(ctxOf('1. Licensors grant you a non-exclusive licence to use the Software for research.', change)).map((f) => `${f.rule} ${f.severity}`)).toEqual(['one-sided.terms-change medium']);
  });
});
