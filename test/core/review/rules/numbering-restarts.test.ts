// A plain-text copy of a Markdown page numbers every list from 1 again ("1. 1. 2. 3. 1. 2."), while
// its references cite the numbers the page shows. Those references cannot be checked against the
// numbers we read; a draft numbered in order is still checked.
import { crossReferences } from '../../../../src/core/review/rules/cross-references';
import { survivalConfidentiality } from '../../../../src/core/review/rules/survival-confidentiality';
import { makeContext } from './make-context';

const sections = [
  'Definitions. "Toolkit" means the analysis software the Institute supplies under this Licence.',
  'Licence. The Institute grants the Licensee a non-exclusive licence to use the Toolkit for internal research.',
  'Support. The Institute owes no maintenance or error correction.',
  'Warranty. The Toolkit is supplied as it is, without any warranty.',
  'Confidentiality. The Licensee shall keep the Toolkit confidential and use at least reasonable care to protect it.',
  'Term. This Licence runs until the Licensee stops using the Toolkit. Sections 2, 4-6 and 9 survive its end.',
  'Publicity. The Licensee shall not use the name of the Institute without its written consent.',
  'Assignment. The Licensee may not assign this Licence without the written consent of the Institute.',
  'Law. This Licence is governed by the laws of the State of Vermont.',
  'Export. The Licensee shall comply with the export laws that apply to the Toolkit.',
  'Whole agreement. This Licence is the whole agreement of the parties on the Toolkit.',
];
const head = 'This Software Licence is made between the Marlow Institute (the "Institute") and Ningbo Hexa Instruments Co., Ltd. (the "Licensee").';
const run = (numbers: number[]) => {
  const text = [head, ...sections.map((s, i) => `${numbers[i]}. ${s}`)].join('\n\n');
  const ctx = makeContext(text, { scenario: 'technology-license', role: 'licensee' });
  return [...crossReferences(ctx), ...survivalConfidentiality(ctx)].map((f) => f.rule);
};

describe('section numbers that restart', () => {
  it('checks no reference against them', () => {
    expect(run([1, 1, 1, 2, 3, 1, 2, 3, 4, 5, 6])).toEqual([]);
  });
  it('still checks a draft numbered in order', () => {
    // Numbered in order but for section 9, the reference to it is raised.
    expect(run([1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12])).toContain('drafting.cross-reference');
  });
});
