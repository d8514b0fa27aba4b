// A licensee that may walk away too still loses when the licensor may end the licence at will: it can
// stop using the component anyway, while the licensor's right takes back what it has shipped inside
// its products. Quiet where only the licensee may end at will, and for the licensor.
import { terminationAtWill } from '../../../../src/core/review/rules/termination-at-will';
import { loadLibraryDir } from '../../../../src/cli/library-files';
import { makeContext } from './make-context';

const opening = 'This SDK Licence Agreement is made between Fenwick Signal Labs Inc. (the "Licensor") and Wuxi Clearline Robotics Co., Ltd. (the "Licensee").';
const run = (terms: string[], role: 'licensor' | 'licensee') =>
  terminationAtWill(makeContext([opening, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

const ours = 'The Licensee may terminate this Agreement at any time by written notice to the Licensor.';
const theirs = 'Where no licence fee has been paid, the Licensor may terminate this Agreement at any time for any reason.';
const either = 'Either party may terminate this Agreement for convenience upon sixty (60) days\' written notice to the other party.';

describe('a licence the licensor may end at will, read for the licensee', () => {
  it('is a low point even where the licensee may walk away too', () => {
    expect(run([ours, theirs], 'licensee')).toEqual(['one-sided.licence-at-will low']);
    expect(run([either], 'licensee')).toEqual(['one-sided.licence-at-will low']);
  });
  it('is medium where the licensee ships the licensed software inside its products', () => {
    const ships = '1. The Licensor grants the Licensee a non-exclusive licence to build the SDK libraries into the Licensee\'s robot products and to distribute them, in object code, inside those products.';
    expect(run([ships, either], 'licensee')).toEqual(['one-sided.licence-at-will medium']);
    expect(run([ships, ours, theirs], 'licensee')).toEqual(['one-sided.licence-at-will medium']);
  });
  it('stays quiet where only the licensee may end at will, or the licensor needs a cause', () => {
    expect(run([ours], 'licensee')).toEqual([]);
    expect(run([ours, 'The Licensor may terminate this Agreement at any time if the Licensee fails to pay any fee within thirty (30) days of its due date.'], 'licensee')).toEqual([]);
  });
  it('stays quiet for the licensor where both may end at will', () => {
    expect(run([ours, theirs], 'licensor')).toEqual([]);
    expect(run([either], 'licensor')).toEqual([]);
  });
});

describe('the fix offered to the licensee', () => {
  it('is the termination clause that ends a licence only for cause, with a sell-off period', () => {
    const loaded = loadLibraryDir();
    if (!loaded.ok) throw new Error('the built-in clause library does not load');
    const [f] = terminationAtWill(makeContext([opening, either].join('\n'), { scenario: 'technology-license', role: 'licensee', library: loaded.library }));
    expect(f?.fix).toMatchObject({ clause: 'termination', variant: 'for-cause-sell-off' });
  });
});
