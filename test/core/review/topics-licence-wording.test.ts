// A licence granted in words the detector used to miss: a "right to use" granted with the marks of a
// licence (worldwide, non-exclusive), and a licence whose qualifiers run past 200 characters. Each
// beside a near miss in the same words; and under review, neither side is told the licence is missing.
import { detectTopics, fromText, review, segment } from '../../../src/core/review';
import type { RoleId } from '../../../src/core/scenarios';

const present = (text: string) => detectTopics(segment(fromText(text)).sentences)['background-license'].present;

const rightToUse =
  'The Provider hereby grants to the Site Owner a worldwide, non-exclusive right to use, reproduce, publicly display and digitally perform the Provider Content on or in conjunction with the Site Owner auctions.';
const longQualifiers =
  'The Licensor hereby grants to the Licensee and the Joint Company a limited, non-exclusive, non-sublicensable (except as set forth herein), non-transferable, non-assignable (except as provided in Section 14.4), royalty-free (but subject to the provisions of Section 5), license during the Term to use, market, reproduce and display the Licensor Intellectual Property solely as incorporated in the Co-Branded Application.';

describe('a licence granted in other words', () => {
  it('reads a granted non-exclusive "right to use" as a licence', () => {
    expect(present(rightToUse)).toBe(true);
    // Near miss: a right to use no one grants.
    expect(present('The Site Owner shall have the right to use its own auction software on the Site.')).toBe(false);
    expect(present('The Provider grants the Site Owner access to its premises and the right to use the meeting rooms.')).toBe(false);
  });
  it('reads a licence whose qualifiers run long', () => {
    expect(present(longQualifiers)).toBe(true);
    expect(present(longQualifiers.replace('license during the Term to use', 'consent during the Term to discuss'))).toBe(false);
  });
  it.each<RoleId>(['licensor', 'licensee'])('raises no missing licence terms for the %s', (role) => {
    const text = [
      'This Co-Branding Agreement is made between Lindqvist Media AB (the "Licensor") and Hexi Online Co., Ltd. (the "Licensee").',
      longQualifiers,
      rightToUse,
    ].join('\n');
    const rules = review(fromText(text), { scenario: 'technology-license', role }).findings.map((f) => `${f.rule}/${f.topic}`);
    expect(rules).not.toContain('missing/background-license');
  });
});
