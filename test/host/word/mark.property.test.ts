import fc from 'fast-check';
import type { Finding } from '../../../src/core/findings';
import { createWordHost } from '../../../src/host/word';
import { FakeWord } from '../../support/fakeWord';

// Any quote, whatever characters Word's search treats specially, is marked exactly or by its whole
// paragraph, and marking never changes the text.
const words = ['Licensee', 'shall', 'pay', '3%', 'royalty', '^', '^^', '?', '*', '[Net Sales]', '<Territory>', '"Products"', '\t', 'within', '30', 'days', '(a)', '—', '许可'];
const paragraph = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 120 }).map((w) => w.join(' '));

describe('markFindings on arbitrary text', () => {
  it('anchors each comment on its quote or its paragraph and leaves the text alone', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(paragraph, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        async (texts, picks) => {
          const word = new FakeWord(texts);
          const findings: Finding[] = picks.map(([p, a, b], i) => {
            const paragraph = p % texts.length;
            const text = texts[paragraph]!;
            const start = a % text.length;
            const end = start + 1 + (b % (text.length - start));
            return {
              id: `f${i}`,
              rule: 'royalty/vague',
              topic: 'background-license',
              severity: 'medium',
              kind: 'ambiguous',
              message: 'The royalty base is unclear.',
              why: 'Net Sales is not defined.',
              evidence: [{ paragraph, start, end, text: text.slice(start, end) }],
            };
          });
          const result = await createWordHost(word.api, 'en').markFindings(findings);
          expect(result.ok).toBe(true);
          expect(word.doc.texts()).toEqual(texts);
          expect(word.syncs).toBeLessThanOrEqual(3);
          word.doc.comments.forEach((c, i) => {
            const ev = findings[i]!.evidence[0]!;
            const text = texts[ev.paragraph]!;
            const whole = c.start === 0 && c.end === text.length;
            const exact = text.slice(c.start, c.end) === ev.text.trimEnd() && c.start === ev.start;
            expect(whole || exact).toBe(true);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
