// Confidentiality put under a separate, named agreement carries its exceptions there: the review
// does not say this draft has "no exceptions at all" (the reference itself is a low point of its own).
import { noIndependentDevelopment } from '../../../../src/core/review/rules/confidentiality-scope';
import { makeContext } from './make-context';

const run = (...lines: string[]) =>
  noIndependentDevelopment(makeContext(lines.join('\n'), { scenario: 'technology-license', role: 'licensee' })).map((f) => `${f.rule} ${f.severity}`);

const opening = 'This Know-How Licence Agreement is made between Veldhoven Photonics B.V. (the "Licensor") and Xiamen Guangyu Optoelectronics Co., Ltd. (the "Licensee").';
const grant = 'The Licensor grants the Licensee a non-exclusive licence to use the Licensed Know-How to make micro-LED displays.';
const defined = '"Confidential Information" means Protected Information as defined in the Mutual Confidentiality Agreement dated 3 March 2024 between the Parties.';
const governed = 'Confidential Information exchanged under this Agreement shall be governed by the terms of the Mutual Confidentiality Agreement between the Parties.';

describe('confidentiality kept in another agreement', () => {
  it('does not call it a duty with no exceptions', () => {
    expect(run(opening, grant, defined, governed)).toEqual([]);
    expect(run(opening, grant, defined)).toEqual([]);
  });
  it('still fires where the draft binds us itself with no way out', () => {
    const own = 'The Licensee shall keep all Confidential Information of the Licensor in strict confidence and shall not disclose it to any third party.';
    expect(run(opening, grant, '"Confidential Information" means all technical information the Licensor discloses to the Licensee.', own)).toEqual(['one-sided.no-independent-development high']);
    expect(run(opening, grant, defined, governed, own)).toEqual(['one-sided.no-independent-development high']);
  });
});
