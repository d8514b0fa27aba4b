// A licence the licensor may revoke at its discretion, or one granted as "revocable" with no grounds,
// is a licence it may end at will: a medium point for the licensee, none for the licensor, and none
// where the licence is revocable only for a stated breach.
import { licenceEnd } from '../../../../src/core/review/rules/licence-end';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = 'This Software Licence Agreement is made between Corvane Systems Ltd. (the "Licensor") and Lanzhou Vision Technology Co., Ltd. (the "Licensee").';
const grant = 'The Licensor grants to the Licensee a non-exclusive, non-transferable licence to use the Platform Code to build and sell the Licensee Products.';
const run = (terms: string[], role: RoleId = 'licensee') =>
  licenceEnd(makeContext([opening, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

describe('a licence the licensor may revoke', () => {
  it('fires where the licensor reserves the right to revoke the licence at its discretion', () => {
    expect(run([grant, 'The Licensor reserves the right to revoke this licence at any time in its sole discretion by posting a notice on its website.'])).toEqual([
      'one-sided.licence-end medium',
    ]);
  });
  it('fires where the licence is granted as revocable with no grounds', () => {
    expect(run(['The Licensor hereby grants to the Licensee a non-exclusive, revocable licence to use the Platform Code.'])).toEqual(['one-sided.licence-end medium']);
  });
  it('stays quiet where the licence is irrevocable, or revocable only for a breach', () => {
    expect(run(['The Licensor hereby grants to the Licensee a non-exclusive, irrevocable licence to use the Platform Code.'])).toEqual([]);
    expect(run(['The Licensor hereby grants to the Licensee a non-exclusive licence to use the Platform Code, revocable only upon a material breach by the Licensee that remains uncured thirty (30) days after notice.'])).toEqual([]);
  });
  it('stays quiet where the licensee may revoke, and for the licensor', () => {
    expect(run([grant, 'The Licensee reserves the right to revoke this licence at any time in its sole discretion.'])).toEqual([]);
    expect(run([grant, 'The Licensor reserves the right to revoke this licence at any time in its sole discretion.'], 'licensor')).toEqual([]);
  });
});
