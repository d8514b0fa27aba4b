import { cueWords, mayMatch } from '../../../src/core/review/topics/cue-words';
import { DETECTORS, topicCueIndex } from '../../../src/core/review/topics';

// The command line's bundle carries the topic cues' index as JSON made at build time
// (scripts/build-cli.ts); read back, it must pick the same detectors for a sentence as the index
// read from the patterns at start.
const SENTENCES = [
  'The Receiving Party shall return or destroy all Confidential Information within thirty (30) days after termination.',
  'All Improvements made by Licensee to the Licensed Technology shall be owned exclusively by Licensor.',
  'This Agreement shall be governed by and construed in accordance with the laws of the State of New York.',
  'Distributor is appointed as the exclusive distributor of the Products throughout the Territory.',
  '本协议受中华人民共和国法律管辖。',
];

describe('the topic cues index as the bundle carries it', () => {
  const fromPatterns = cueWords(topicCueIndex());
  const fromJson = cueWords(JSON.parse(JSON.stringify(topicCueIndex())));

  it('tries the same detectors on each sentence', () => {
    for (const text of SENTENCES) {
      fromPatterns.scan(text.toLowerCase());
      fromJson.scan(text.toLowerCase());
      const tried = (w: typeof fromPatterns) => DETECTORS.map((d, k) => (mayMatch(w, k) ? d.id : '')).filter(Boolean);
      expect(tried(fromJson)).toEqual(tried(fromPatterns));
      expect([...fromJson.present]).toEqual([...fromPatterns.present]);
    }
  });

  it('leaves detectors untried where their words are absent', () => {
    fromJson.scan('the parties signed on the date first written above.');
    const skipped = DETECTORS.filter((_, k) => !mayMatch(fromJson, k)).map((d) => d.id);
    expect(skipped).toContain('governing-law');
    expect(skipped).toContain('return-or-destroy');
  });
});
