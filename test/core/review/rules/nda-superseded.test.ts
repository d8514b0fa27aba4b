// A draft that leaves confidentiality to a separate NDA while its entire-agreement clause supersedes
// earlier agreements: fires, and stays quiet where the NDA is carved out, kept in force or made part
// of the draft, or where the draft has confidentiality duties of its own. Low where the draft's own
// clause brings what is exchanged under it under the NDA and the supersession is in general words.
import { ndaSuperseded } from '../../../../src/core/review/rules/nda-superseded';
import { makeContext } from './make-context';
import { loadLibraryDir } from '../../../../src/cli/library-files';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in clause library does not load');
const library = loaded.library;

const OPENING = 'This Technology Licence Agreement is made between Valmont Photonics Inc. (the "Licensor") and Suzhou Lumin Devices Co., Ltd. (the "Licensee").';
// Only the NDA's definition is borrowed: nothing in the draft extends the NDA to what it exchanges.
const BORROWS = '"Confidential Information" means Evaluation Information as defined in the Mutual Non-Disclosure Agreement between the Parties dated 3 March 2021.';
const RELIES = 'All Confidential Information exchanged under this Agreement shall be governed by the terms of the Mutual Non-Disclosure Agreement between the Parties dated 3 March 2021.';
const ENTIRE = 'This Agreement constitutes the entire agreement between the Parties on its subject matter and supersedes all prior agreements and understandings relating to that subject matter.';
const run = (...lines: string[]) =>
  ndaSuperseded(makeContext([OPENING, ...lines].join('\n'), { scenario: 'technology-license', role: 'licensee', library })).map((f) => `${f.rule} ${f.severity} ${f.fix?.variant ?? ''}`);

describe('an entire-agreement clause that supersedes the NDA the draft relies on', () => {
  it('fires where the draft borrows the NDA\'s definition and the clause supersedes all prior agreements, with the fix that keeps the NDA', () => {
    expect(run(BORROWS, ENTIRE)).toEqual(['ambiguous.nda-superseded medium nda-preserved']);
  });
  it('is low where the draft brings what is exchanged under it under the NDA and supersedes only in general words', () => {
    expect(run(RELIES, ENTIRE)).toEqual(['ambiguous.nda-superseded low nda-preserved']);
    const herewith = 'The terms of this Agreement and any information the Parties exchange in connection herewith shall be covered by the Non-Disclosure Agreement between the Parties dated 5 June 2019.';
    const general = 'This Agreement sets out the entire agreement of the Parties on its subject and supersedes any prior written or oral agreements.';
    expect(run(herewith, general)).toEqual(['ambiguous.nda-superseded low nda-preserved']);
    const [f] = ndaSuperseded(makeContext([OPENING, herewith, general].join('\n'), { scenario: 'technology-license', role: 'licensee', library }));
    expect(f?.message).toMatch(/does not carve out the confidentiality agreement this draft applies/);
  });
  it('fires at medium where earlier confidentiality agreements are superseded by name, even where the draft applies the NDA', () => {
    const named = 'This Agreement is the entire understanding of the Parties and supersedes all previous documents, including any previous confidentiality agreements between them.';
    expect(run(RELIES, named)).toEqual(['ambiguous.nda-superseded medium nda-preserved']);
  });
  it('stays quiet where the NDA is carved out of the entire-agreement clause', () => {
    const saved = 'This Agreement constitutes the entire agreement between the Parties on its subject matter and supersedes all prior agreements relating to it, other than the Mutual Non-Disclosure Agreement.';
    expect(run(RELIES, saved)).toEqual([]);
  });
  it('stays quiet where the NDA is said to remain in force', () => {
    expect(run(RELIES, 'The Mutual Non-Disclosure Agreement remains in full force and effect.', ENTIRE)).toEqual([]);
  });
  it('stays quiet where the NDA is incorporated by reference', () => {
    expect(run('The Mutual Non-Disclosure Agreement between the Parties is incorporated herein by reference and governs all Confidential Information.', ENTIRE)).toEqual([]);
  });
  it('stays quiet where the draft has confidentiality duties of its own', () => {
    expect(run(RELIES, 'The Licensee shall keep the Licensed Know-How in confidence.', ENTIRE)).toEqual([]);
  });
  it('stays quiet without an entire-agreement clause', () => {
    expect(run(RELIES)).toEqual([]);
  });
});
