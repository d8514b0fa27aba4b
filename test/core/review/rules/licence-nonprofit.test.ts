// A licence limited to non-profit use is a noncommercial licence by other words: "solely for the
// purpose of non-profit research and education", "solely for not-for-profit purposes". A purpose that
// is our business ("solely for the purpose of developing the Licensee Products") limits nothing of the kind.
import { licenceNoncommercial } from '../../../../src/core/review/rules/licence-noncommercial';
import { makeContext } from './make-context';

const opening = 'This Data Licence Agreement is made between Aldgate Network Trust (the "Licensor") and Suzhou Tianqi Networks Co., Ltd. (the "Licensee").';
const run = (grant: string) =>
  licenceNoncommercial(makeContext([opening, grant].join('\n'), { scenario: 'technology-license', role: 'licensee' })).map((f) => `${f.rule} ${f.severity}`);

describe('a licence for non-profit use only', () => {
  it.each([
    'The Licensor grants to the Licensee a non-exclusive licence to copy and analyse the Traffic Records solely for the purpose of non-profit research and education.',
    'The Licensor grants to the Licensee a revocable, non-exclusive licence to use the Traffic Records solely for not-for-profit purposes.',
  ])('fires for the licensee: %s', (grant) => {
    expect(run(grant)).toEqual(['one-sided.noncommercial-licence medium']);
  });
  it('stays quiet where the purpose is the licensee business', () => {
    expect(run('The Licensor grants to the Licensee a non-exclusive licence to use the Traffic Records solely for the purpose of developing the Licensee Products.')).toEqual([]);
  });
});
