// A technology licence for noncommercial, research or evaluation use only: our product work falls
// outside it, a medium point for the licensee; quiet for the licensor, in an evaluation where testing
// is the point, where commercial use is granted too, and where the limit binds a licence we grant.
import { licenceNoncommercial } from '../../../../src/core/review/rules/licence-noncommercial';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = 'This Software Licence Agreement is made between Corvane Systems Ltd. (the "Licensor") and Lanzhou Vision Technology Co., Ltd. (the "Licensee").';
const run = (terms: string[], role: RoleId = 'licensee', scenario: ScenarioId = 'technology-license') =>
  licenceNoncommercial(makeContext([opening, ...terms].join('\n'), { scenario, role })).map((f) => `${f.rule} ${f.severity}`);
const raised = ['one-sided.noncommercial-licence medium'];
const grant = 'The Licensor grants to the Licensee a non-exclusive licence to use and modify the Platform Code for non-commercial research purposes only.';

describe('a licence for noncommercial or research use only', () => {
  it('fires for the licensee where the grant is noncommercial', () => {
    expect(run([grant])).toEqual(raised);
  });
  it('fires where the licensee undertakes in a list not to use the code commercially', () => {
    expect(run(['The Licensor grants to the Licensee a non-exclusive licence to use the Platform Code.', 'The Licensee agrees to:', 'keep the notices intact;', 'not use the Platform Code for any commercial purposes.'])).toEqual(raised);
  });
  it('stays quiet for the licensor, and in an evaluation', () => {
    expect(run([grant], 'licensor')).toEqual([]);
    expect(run([grant], 'evaluator', 'sample-testing')).toEqual([]);
  });
  it('stays quiet where commercial use is granted too, or the limit binds the licence we grant', () => {
    expect(run(['The Licensor grants to the Licensee a non-exclusive licence to use the Platform Code for research and commercial purposes, including commercial use in the Licensee Products.'])).toEqual([]);
    expect(run(['The Licensee grants to the Licensor a non-exclusive licence to use the Licensee Improvements for non-commercial research purposes only.'])).toEqual([]);
    // A right to noncommercial use beside the licence limits nothing.
    expect(run([grant.replace(' for non-commercial research purposes only', ''), 'After termination the Licensee shall have the right to the in-house, non-commercial use of its archived copies of the Documentation.'])).toEqual([]);
  });
});
