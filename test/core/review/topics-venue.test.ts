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

describe('a named court that every suit must be brought and heard in', () => {
  it('is a dispute-resolution term, however many adverbs lead to it', () => {
    expect(present('Any claim or suit between the parties arising out of this Agreement shall be commenced, heard and tried solely within the circuit court for Elmfield County, Oregon.')).toBe(true);
    expect(present('Every action under this Agreement shall be brought only before the district court of Utrecht.')).toBe(true);
  });
  it('is not read into a claim brought in any court that has jurisdiction', () => {
    expect(present('Nothing in this Agreement limits a claim brought within the time allowed by law before any court of competent jurisdiction.')).toBe(false);
  });
});
