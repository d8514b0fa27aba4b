// A change of our control made an assignment that needs the licensor's consent: the licensor may hold
// up a sale of our company as surely as if it could end the licence. Fixed by a clause saying a
// change of control ends nothing and needs no consent, since the right sits in the assignment clause.
import { controlEndsLicence } from '../../../../src/core/review/rules/control-ends-licence';
import type { RoleId } from '../../../../src/core/scenarios';
import { loadLibraryDir } from '../../../../src/cli/library-files';
import { makeContext } from './make-context';

const OPENING = 'This Software Licence Agreement is made between Orrel Embedded Systems Ltd. (the "Licensor") and Xiamen Baiyun Robotics Co., Ltd. (the "Licensee").';
const run = (term: string, role: RoleId = 'licensee') => controlEndsLicence(makeContext([OPENING, term].join('\n'), { scenario: 'technology-license', role }));
const rules = (term: string, role: RoleId = 'licensee') => run(term, role).map((f) => `${f.rule} ${f.severity}`);
const FIRES = ['one-sided.control-ends-licence medium'];

const NAMELESS =
  'Assignment. The Licensee may not assign this Agreement, by operation of law or otherwise, without the prior written consent of the Licensor. Any merger, sale of all or substantially all assets or other change in control of ownership is considered an assignment for the purpose of this Section. The Licensor may assign this Agreement to any successor.';

describe('a change of our control made an assignment needing their consent', () => {
  it.each([
    NAMELESS,
    'The Licensee shall not assign any of its rights under this Agreement without the Licensor\'s written consent, and a change of control of the Licensee shall be deemed an assignment.',
  ])('fires for the licensee: %s', (term) => {
    expect(rules(term)).toEqual(FIRES);
  });
  it('offers the fix-only clause that a change of control ends nothing', () => {
    const loaded = loadLibraryDir();
    if (!loaded.ok) throw new Error('the built-in clause library does not load');
    const [f] = controlEndsLicence(makeContext([OPENING, NAMELESS].join('\n'), { scenario: 'technology-license', role: 'licensee', library: loaded.library }));
    expect(f?.fix).toEqual({ clause: 'general-provisions', variant: 'control-continues' });
  });
  it('the fix-only clause does not call an asset sale no assignment: a sale of assets moves the contract to a buyer', () => {
    const loaded = loadLibraryDir();
    if (!loaded.ok) throw new Error('the built-in clause library does not load');
    const v = loaded.library.clauses.find((c) => c.id === 'general-provisions')?.variants.find((x) => x.id === 'control-continues');
    expect(v?.text).toMatch(/by merger, by a sale of shares or otherwise/);
    expect(v?.text).not.toMatch(/\bassets?\b/);
    expect(v?.textZh).toMatch(/合并、股权出售或其他原因/);
    expect(v?.textZh).not.toMatch(/资产/);
  });
  it('stays quiet where only the licensor may not assign, or only its control is meant', () => {
    expect(rules('The Licensor shall not assign this Agreement without the Licensee\'s written consent, and a change of control of the Licensor shall be deemed an assignment.')).toEqual([]);
    expect(rules('Either Party may assign this Agreement without consent to a successor in a change of control, and such a change is not an assignment requiring notice.')).toEqual([]);
  });
  it('stays quiet for the licensor', () => {
    expect(rules(NAMELESS, 'licensor')).toEqual([]);
  });
});
