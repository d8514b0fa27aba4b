import fc from 'fast-check';
import { buildContext, fromText, review, segment } from '../../../src/core/review';
import type { ReviewResult } from '../../../src/core/findings';
import { TOPIC_IDS } from '../../../src/core/topics';

/** Every quote a review gives must be the text at its offsets in its paragraph. */
function expectWellFormed(text: string, result: ReviewResult): void {
  const doc = fromText(text);
  expect(result.topics.map((t) => t.id)).toEqual([...TOPIC_IDS]);
  for (const ev of [...result.topics.flatMap((t) => t.evidence), ...result.findings.flatMap((f) => f.evidence)]) {
    const p = doc.paragraphs[ev.paragraph];
    expect(p).toBeDefined();
    expect(p!.text.slice(ev.start, ev.end)).toBe(ev.text);
  }
}

// Words the detectors look for, punctuation they stop at, and text shaped to make a careless
// pattern backtrack: long runs of dots and quotes, open brackets, cues without their partners.
const FRAGMENTS = [
  'use ', 'not ', 'solely ', 'for the Purpose', 'exclusive ', 'non-', 'licence ', 'license ', 'return ', 'or destroy ',
  'upon termination', 'survive ', 'continue ', 'after ', 'jointly own', 'improvements ', 'assigns ', 'all right, title and interest ',
  'Inc. ', 'No. ', 'e.g. ', 'U.S. ', 'Section 3. ', '4.2 ', '(a) ', 'Article 2 ', '"', '“', '”', '(', ')', '(the "', '" means ',
  '.', '. ', '...', '!', '?', ';', ',', ' ', '\n', '\n\n', '\t', 'Samples ', 'remain the property of ', 'governed by the laws of ',
  'arbitration ', 'export control ', 'Territory', 'nothing in this Agreement grants any ', 'reverse engineer ', 'feedback ',
  'test data ', 'publication ', 'patent applications ', 'residuals ', 'Co., Ltd. ', 'GmbH ', 'hereinafter "', 'a', 'A', '1',
];

describe('bad input never crashes or hangs', () => {
  it('gives an empty result for empty or blank text', () => {
    for (const text of ['', '   ', '\n\n\n', '\r\n\t\r\n']) {
      const r = review(fromText(text));
      expect(r.findings).toEqual([]);
      expect(r.scenario).toBeNull();
      expect(r.topics.every((t) => !t.present)).toBe(true);
    }
  });

  it('reviews binary junk without crashing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        const text = Buffer.from(bytes).toString('latin1');
        expectWellFormed(text, review(fromText(text)));
      }),
      { numRuns: 60 },
    );
  });

  it('reviews any mix of the words and punctuation the patterns look for, with well-formed evidence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        expectWellFormed(text, review(fromText(text)));
      }),
      { numRuns: 300 },
    );
  });

  // Every sentence the detectors see is bounded, whatever the input: runs without punctuation are
  // cut, so the bounded patterns do bounded work per sentence.
  it('never hands the detectors a sentence longer than 3000 characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 3000 }), fc.integer({ min: 1, max: 40 }), (parts, times) => {
        const text = parts.join('').repeat(times);
        for (const s of segment(fromText(text)).sentences) expect(s.text.length).toBeLessThanOrEqual(3000);
      }),
      { numRuns: 40 },
    );
  });

  // The reading of the document (sentences, definitions, parties, topics, scenario) stays linear,
  // checked on CPU time by ratio rather than on a wall-clock budget: four times the text may take
  // at most about four times as long (a quadratic pattern would take sixteen).
  it.each(FRAGMENTS.filter((f) => f.trim().length > 0).map((f) => [f]))('reads %j repeated in linear time', (fragment) => {
    const unit = fragment.repeat(Math.ceil(32000 / fragment.length));
    const cpu = (text: string): number => {
      const best: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = process.cpuUsage();
        buildContext(fromText(text));
        const used = process.cpuUsage(start);
        best.push((used.user + used.system) / 1000);
      }
      return Math.min(...best);
    };
    const small = Math.max(cpu(unit), 5);
    const large = cpu(unit.repeat(4));
    expect(large / small).toBeLessThan(12);
  });

  it('reviews a 20 MB text', () => {
    const clause =
      'The Receiving Party shall use the Confidential Information solely for the Purpose and shall return or destroy it within thirty days after termination of this Agreement. ';
    const text = `${clause.repeat(80)}\n`.repeat(Math.ceil(20e6 / (clause.length * 80)));
    expect(text.length).toBeGreaterThanOrEqual(20e6);
    const r = review(fromText(text));
    expect(r.topics.find((t) => t.id === 'return-or-destroy')!.present).toBe(true);
  }, 120_000);

  it('reviews a 2 MB paragraph with no sentence end', () => {
    const text = 'use not exclusive licence return Inc '.repeat(55_000);
    expectWellFormed(text.slice(0, 20_000), review(fromText(text.slice(0, 20_000))));
    expect(review(fromText(text)).topics).toHaveLength(TOPIC_IDS.length);
  }, 60_000);
});
