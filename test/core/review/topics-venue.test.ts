// A forum named as the venue of any litigation, inside the governing-law clause: the draft says where
// disputes go. Beside near misses where "venue" names no forum for a suit.
import { detectTopics, fromText, segment } from '../../../src/core/review';

const present = (text: string) => detectTopics(segment(fromText(text)).sentences)['dispute-resolution'].present;

describe('a venue named for litigation', () => {
  it('is a dispute-resolution term', () => {
    expect(present('This Agreement is governed by the laws of the State of Oregon and, in the event of any litigation arising out of this Agreement, venue shall be Multnomah County, Oregon.')).toBe(true);
    expect(present('Any action to enforce this Agreement may be brought only where the defendant resides, and venue shall lie in the courts of that county.')).toBe(true);
  });
  it('is not read into a venue that is only an events hall or a governing law alone', () => {
    expect(present('The Athlete shall attend two product launches a year, and the venue shall be chosen by the Sponsor.')).toBe(false);
    expect(present('This Agreement is governed by the laws of the State of Oregon.')).toBe(false);
  });
});
