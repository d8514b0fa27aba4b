// Terms open only to non-profit or academic bodies: we warrant that we are one, or a for-profit company
// may not use what we take. Raised for the side that takes the software or material, never for the side
// that gives it, nor where the other side vouches for its own status.
import { nonprofitOnly } from '../../../../src/core/review/rules/nonprofit-only';
import { makeContext } from './make-context';

const opening = 'This Software Evaluation Licence is made between Harrowgate Institute of Technology (the "Licensor") and Ningbo Lanshan Robotics Co., Ltd. (the "Licensee").';
const run = (term: string, role = 'licensee', scenario = 'technology-license') =>
  nonprofitOnly(makeContext([opening, term].join('\n'), { scenario, role } as never)).map((f) => `${f.rule} ${f.severity}`);

describe('terms for non-profit or academic bodies only', () => {
  it.each([
    'The Licensee hereby represents and warrants to the Licensor that the Licensee is a not-for-profit research entity.',
    'The Licensee represents that it is an employee of a non-profit institution and will use the Program only in that capacity.',
    'For the avoidance of doubt, the Program may not be used by or on behalf of any for-profit company.',
    'Commercial entities must obtain a separate written licence from the Licensor before any use of the Program.',
  ])('fires for the licensee: %s', (term) => {
    expect(run(term)).toEqual(['one-sided.nonprofit-only high']);
  });
  it('fires for the evaluator of a material', () => {
    expect(run('The Program cannot be used by a for-profit entity without a licence from the Licensor.', 'evaluator', 'sample-testing')).toEqual([
      'one-sided.nonprofit-only high',
    ]);
  });
  it('stays quiet for the licensor', () => {
    expect(run('The Licensee hereby represents and warrants to the Licensor that the Licensee is a not-for-profit research entity.', 'licensor')).toEqual([]);
  });
  it('stays quiet where the other side vouches for its own status', () => {
    expect(run('The Licensor represents that it is a non-profit institution organised under the laws of its state.')).toEqual([]);
  });
  it('stays quiet for a purpose limit that says nothing of who may use it', () => {
    expect(run('The Licensor grants to the Licensee a non-exclusive licence to use the Program for non-profit research purposes only.')).toEqual([]);
  });
});
