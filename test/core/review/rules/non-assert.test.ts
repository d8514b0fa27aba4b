// A promise not to enforce IP that we do not have yet: raised for the side that gives it, whichever
// side that is; quiet on a promise limited to patents that exist at signing and on the side that takes it.
import { nonAssert } from '../../../../src/core/review/rules/non-assert';
import { makeContext } from './make-context';

const opening = 'This Software Licence Agreement is made between Hangzhou Lumen Data Co., Ltd. (the "Licensor") and Brightwell Hosting Inc. (the "Licensee").';
const run = (term: string, role: 'licensor' | 'licensee') =>
  nonAssert(makeContext([opening, term].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity} ${f.topic}`);
const raised = ['one-sided.non-assert medium background-license'];

describe('a promise not to enforce future patents', () => {
  const byLicensor =
    'The Licensor covenants and agrees not to sue the Licensee or any of its customers for infringement of any patents now owned or hereafter acquired by the Licensor to the extent arising from the use of the Hosted Services.';
  const byLicensee =
    'The Licensee hereby covenants not to assert against the Licensor any claim of infringement under any future patents claiming improvements to the Software.';

  it('fires for the licensor that gives it', () => {
    expect(run(byLicensor, 'licensor')).toEqual(raised);
  });
  it('fires for the licensee whose later improvement patents it covers', () => {
    expect(run(byLicensee, 'licensee')).toEqual(raised);
  });
  it('stays quiet for the side that takes the promise', () => {
    expect(run(byLicensor, 'licensee')).toEqual([]);
    expect(run(byLicensee, 'licensor')).toEqual([]);
  });
  it('stays quiet on a promise limited to the patents listed at signing', () => {
    expect(run(byLicensor.replace('any patents now owned or hereafter acquired by the Licensor', 'the patents listed in Schedule 1'), 'licensor')).toEqual([]);
  });
  it('stays quiet on a promise not to bring claims that are not about IP', () => {
    expect(run('The Licensor agrees not to bring any claim against the Licensee for fees invoiced more than twelve months before, now or in the future.', 'licensor')).toEqual([]);
  });
});
