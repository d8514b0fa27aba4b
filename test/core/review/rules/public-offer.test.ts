// Terms offered to anyone as they stand: a public licence accepted by using the material, and a
// contributor licence every contributor signs. A missing choice of law or forum is a low note there,
// and confidentiality is a low note in a contributor licence, whose contributions are public by design.
// Near miss: a licence signed between two named companies with the same gaps stays medium.
import { reviewAs } from '../../../support/review-as-side';

const missing = (text: string, role: 'licensor' | 'licensee', topics = ['governing-law', 'dispute-resolution']) =>
  reviewAs(text, { scenario: 'technology-license', role })
    .findings.filter((f) => f.rule === 'missing' && topics.includes(f.topic))
    .map((f) => `${f.topic} ${f.severity}`)
    .sort();

const grant =
  '1. The Licensor grants you a non-exclusive, worldwide, royalty-free licence to copy, modify and run the Simulation Toolkit source code for noncommercial research.';
const publicLicence = [
  'SIMULATION TOOLKIT RESEARCH LICENCE',
  'This licence is between Harbour Lab GmbH (the "Licensor") and you, the person or organisation exercising rights under it. By downloading or using the Simulation Toolkit you accept these terms.',
  grant,
  '2. The Licensor owns all rights in the Simulation Toolkit. The licence ends at once if you use the toolkit commercially.',
].join('\n');
const signedLicence = [
  'SIMULATION TOOLKIT LICENCE AGREEMENT',
  'This agreement is made between Harbour Lab GmbH (the "Licensor") and Qingdao Wavefront Technology Co., Ltd. (the "Licensee").',
  grant.replace('grants you', 'grants the Licensee'),
  '2. The Licensor owns all rights in the Simulation Toolkit. The licence ends at once if the Licensee uses the toolkit commercially.',
].join('\n');

describe('terms offered to anyone', () => {
  it('makes a missing law and forum a low note in a licence accepted by use', () => {
    expect(missing(publicLicence, 'licensee')).toEqual(['dispute-resolution low', 'governing-law low']);
  });
  it('keeps them medium in a licence signed between two named companies', () => {
    expect(missing(signedLicence, 'licensee')).toEqual(['dispute-resolution medium', 'governing-law medium']);
  });
  it('makes law, forum and confidentiality low notes in a contributor licence', () => {
    const cla = [
      'Contributor License Agreement',
      'This agreement sets out the rights you grant to the Lantern Project Foundation (the "Foundation") in the software and source code you submit to its projects (each a "Contribution").',
      '1. You grant the Foundation a perpetual, worldwide, royalty-free, irrevocable licence to copy, modify and distribute your Contributions, and to sublicense those rights.',
      '2. Apart from the licence in section 1, you keep all rights in your Contributions.',
    ].join('\n');
    expect(missing(cla, 'licensor', ['governing-law', 'dispute-resolution', 'confidentiality'])).toEqual(['confidentiality low', 'dispute-resolution low', 'governing-law low']);
  });
});
