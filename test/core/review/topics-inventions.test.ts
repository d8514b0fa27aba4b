import { detectTopics, fromText, segment } from '../../../src/core/review';

// Improvements allocated without the word: inventions made with, or related to, a party's defined
// technology or information go to that party. Each beside a near miss in the same words.
const improvements = (text: string) => detectTopics(segment(fromText(text)).sentences).improvements.present;

describe('improvements allocated as inventions', () => {
  it('reads an assignment of what is developed with the other side\'s Confidential Information', () => {
    expect(
      improvements(
        'The Service Provider hereby assigns to the Company all rights that the Service Provider may have in any invention, technology, know-how or other intellectual property which is developed with use of Confidential Information provided by the Company.',
      ),
    ).toBe(true);
    // Near miss: the same information, but only kept confidential, nothing assigned.
    expect(improvements('The Service Provider shall not disclose any invention disclosure or other Confidential Information provided by the Company.')).toBe(false);
  });
  it('reads title to inventions related to a party\'s defined Technology', () => {
    expect(
      improvements('Title to all inventions and other intellectual property made related to the Licensor Technology or the Licensed Compounds shall be owned by or is hereby assigned to the Licensor.'),
    ).toBe(true);
    // Near miss: inventions related to technology in general, not a party's defined Technology.
    expect(improvements('Title to all inventions related to medical imaging technology made by the Licensee alone shall be owned by the Licensee.')).toBe(false);
  });
});
