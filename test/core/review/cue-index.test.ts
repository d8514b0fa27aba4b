import { cueWords, mayMatch } from '../../../src/core/review/topics/cue-words';
import { DETECTORS, topicCueIndex } from '../../../src/core/review/topics';
import { ZH_DETECTORS } from '../../../src/core/review/topics/zh';
import { loadLibraryDir } from '../../../src/cli/library-files';
import { CASES } from './topic-cases';

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

/** Every string of a value, however deep. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

// The scan decides which detectors' cues run at all, so a cue it wrongly skips loses a topic
// silently. Its words are read from the patterns (required-text.ts), never kept by hand: these
// check that a detector added or changed later is covered the same way.
describe('the cue scan and the detectors it guards', () => {
  const index = topicCueIndex();
  // The order topicCueIndex reads them in (topics/index.ts).
  const withChinese = [...DETECTORS, ...ZH_DETECTORS];

  it('reads words from every English detector cue, so none runs on every sentence', () => {
    const unread = DETECTORS.filter((_, k) => index.needs[k] === null).map((d) => `${d.id} ${d.cue}`);
    expect(unread).toEqual([]);
  });

  it('never skips a cue that matches: every sentence of the clause library and the topic cases', () => {
    const loaded = loadLibraryDir();
    if (!loaded.ok) throw new Error('the clause library does not load');
    const texts = [...stringsOf(loaded.library), ...Object.values(CASES).flatMap((c) => [c.deals, c.nearMiss])];
    const sentences = texts.flatMap((t) => t.split(/(?<=[.;:。；：])\s*/));
    const scan = cueWords(index);
    const skipped: string[] = [];
    let matched = 0;
    for (const s of sentences) {
      scan.scan(s.toLowerCase());
      withChinese.forEach((d, k) => {
        if (!d.cue.test(s)) return;
        matched++;
        if (!mayMatch(scan, k)) skipped.push(`${d.id}: ${s}`);
      });
    }
    expect(skipped).toEqual([]);
    // Enough matches that the check says something.
    expect(matched).toBeGreaterThan(500);
  });
});
