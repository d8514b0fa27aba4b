// For a licensee, a non-exclusive licence that names no territory limits it nowhere: silence is no
// gap. An exclusive licence with no territory leaves open where the exclusivity it pays for applies.
import { reviewAs } from '../../support/review-as-side';

const topics = (text: string) =>
  reviewAs(text, { scenario: 'technology-license', role: 'licensee' })
    .findings.filter((f) => f.rule === 'missing')
    .map((f) => f.topic);
const opening = 'This Software Licence Agreement is made between Nordlicht Software GmbH (the "Licensor") and Hexa Robotics Ltd (the "Licensee").';

describe('a territory for the licensee', () => {
  it('is no gap in a non-exclusive licence', () => {
    const text = [opening, 'The Licensor grants the Licensee a non-exclusive, non-transferable licence to install and use the Software for its internal business operations.'].join('\n');
    expect(topics(text)).not.toContain('territory');
  });
  it('is a gap in an exclusive licence that names no territory', () => {
    // Near miss: the same grant made exclusive, with nothing saying where.
    const text = [opening, 'The Licensor grants the Licensee an exclusive licence to install, use and sell the Software in the energy storage field.'].join('\n');
    expect(topics(text)).toContain('territory');
  });
});
