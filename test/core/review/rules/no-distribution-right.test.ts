// A component or SDK we license to build into our product, with no right to ship it: the grant is to
// use or develop, and a clause bars giving the software to any third party. High for the licensee;
// quiet where any clause lets us distribute, where the software is not for our product, and for the licensor.
import { noDistributionRight } from '../../../../src/core/review/rules/no-distribution-right';
import type { RoleId } from '../../../../src/core/scenarios';
import { loadLibraryDir } from '../../../../src/cli/library-files';
import { makeContext } from './make-context';

const OPENING = 'This Component Licence Agreement is made between Lattice Bay Software LLC (the "Licensor") and Chengdu Qingfeng Medical Devices Co., Ltd. (the "Licensee").';
const GRANT = 'The Licensor grants the Licensee a non-exclusive licence for its developers to use the Charting Library to develop the Licensee\'s monitoring products.';
const LIST_BAR = ['The Licensee shall not:', '- modify the compiled libraries;', '- sell, sublicense or otherwise provide the Charting Library or any part of it to any third party.'];
const run = (lines: string[], role: RoleId = 'licensee') =>
  noDistributionRight(makeContext([OPENING, ...lines].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);
const FIRES = ['one-sided.no-distribution-right high'];

describe('a component licensed for our product with no right to ship it', () => {
  it('fires where a list under "shall not" bars providing it to any third party', () => {
    expect(run([GRANT, ...LIST_BAR])).toEqual(FIRES);
  });
  it('fires where the bar is one sentence', () => {
    expect(run([GRANT, 'The Licensee may not distribute or disclose the Charting Library to any third party.'])).toEqual(FIRES);
  });
  it('stays quiet where a clause lets us distribute it in our products', () => {
    expect(run([GRANT, 'The Licensee may distribute the Charting Library in object code only as part of its monitoring products.', ...LIST_BAR])).toEqual([]);
  });
  it('stays quiet where a long grant lists distribution as one of its purposes, far from the grant word', () => {
    const grant =
      'The Licensor hereby grants to the Licensee during the term of this Agreement a non-transferable, non-exclusive, royalty-free, worldwide licence to use, reproduce and, where source code is supplied, modify the Charting Library for the following purposes: (i) incorporating the Charting Library into the Licensee\'s monitoring products; and (ii) distributing the Charting Library only as built into those products.';
    expect(run([grant, ...LIST_BAR])).toEqual([]);
  });
  it('stays quiet where the software is not for our product', () => {
    expect(run(['The Licensor grants the Licensee a non-exclusive licence to use the Charting Library for internal evaluation.', ...LIST_BAR])).toEqual([]);
  });
  it('stays quiet on a know-how licence whose bar is on passing on the know-how, not software', () => {
    expect(run([
      'The Licensor grants the Licensee a licence to use the Licensed Know-how to develop the Licensee\'s imaging products.',
      'The Licensee shall not provide the Licensed Know-how or any document holding it to any third party.',
    ])).toEqual([]);
  });
  it('stays quiet on a patent licence that lets us make, use and sell products, with an assignment bar', () => {
    expect(run([
      'The Licensor grants the Licensee a licence under the Licensed Patents to make, use and sell Licensed Products and to build its own products.',
      'The Licensee shall not transfer any of its rights under this Agreement to any third party.',
    ])).toEqual([]);
  });
  it('stays quiet on an assignment bar even where the licence is for software', () => {
    expect(run([GRANT, 'The Licensee shall not transfer its rights under this Agreement in the Charting Library to any third party.'])).toEqual([]);
  });
  it('counts a right to sell products holding the software as a right to pass it on', () => {
    expect(run([GRANT, 'The Licensee may sell its monitoring products with the Charting Library built in.', ...LIST_BAR])).toEqual([]);
  });
  it('stays quiet for the licensor', () => {
    expect(run([GRANT, ...LIST_BAR], 'licensor')).toEqual([]);
  });
  it('offers the clause that lets us build the component into our products and ship it', () => {
    const loaded = loadLibraryDir();
    if (!loaded.ok) throw new Error('the built-in clause library does not load');
    const [f] = noDistributionRight(makeContext([OPENING, GRANT, ...LIST_BAR].join('\n'), { scenario: 'technology-license', role: 'licensee', library: loaded.library }));
    expect(f?.fix).toEqual({ clause: 'licence-grant', variant: 'product-distribution' });
  });
});
