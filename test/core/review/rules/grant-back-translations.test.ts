// A translation or localisation the licensee makes of the licensor's software is an improvement of it:
// assigned to the licensor, it is a grant-back the licensee is told of. Near misses: the licensee keeps
// its translations, or the licensor gives them to it.
import { reviewAs } from '../../../support/review-as-side';

const opening = [
  'This Co-Branding Agreement is made between Nordlys Voice AB ("Nordlys") and Hangzhou Tianmu Network Co., Ltd. (the "Company").',
  '2.1 Nordlys hereby grants to the Company a non-exclusive licence under the Nordlys Intellectual Property to distribute the Co-Branded Application in the Territory.',
];
const assignmentsFor = (clause: string) =>
  reviewAs([...opening, clause].join('\n'), { scenario: 'technology-license', role: 'licensee' }).findings.filter(
    (f) => f.rule === 'one-sided.assignment',
  );

describe('translations the licensee makes, assigned to the licensor', () => {
  it('are raised as a grant-back for the licensee', () => {
    const found = assignmentsFor(
      '4.3 The Company hereby assigns to Nordlys all copyrights and other intellectual property rights in any translation or localisation of the Nordlys Software that the Company makes.',
    );
    expect(found.map((f) => f.topic)).toEqual(['improvements']);
  });
  it('stay quiet where the licensee keeps them or the licensor gives them to it', () => {
    expect(assignmentsFor('4.3 The Company shall own all translations of the Nordlys Software that it makes.')).toEqual([]);
    expect(assignmentsFor('4.3 Nordlys hereby assigns to the Company all rights in any translation of the Nordlys Software that the Company makes.')).toEqual([]);
  });
});
