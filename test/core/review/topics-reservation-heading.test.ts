// A clause headed "Reservation of Rights" in which the licensor keeps all right, title and interest
// reserves what the licence does not grant, so no licence is implied; the same keeping without that
// heading is only a statement of ownership.
import { detectTopics, fromText, segment } from '../../../src/core/review';

const present = (text: string) => detectTopics(segment(fromText(text)).sentences)['no-implied-license'].present;

describe('no licence implied, under a reservation-of-rights heading', () => {
  it('reads the keeping of all right, title and interest under that heading', () => {
    expect(present('7. Reservation of Rights.  Licensor retains all right, title, and interest in and to the Software, whether developed before or after the Effective Date.')).toBe(true);
  });
  it('does not read the same keeping under another heading', () => {
    expect(present('7. Ownership.  Licensor retains all right, title, and interest in and to the Software, whether developed before or after the Effective Date.')).toBe(false);
  });
});
