import type { Host } from '../../../src/host/types';
import { createWordHost } from '../../../src/host/word';
import { FakeWord } from '../../support/fakeWord';
import { FINDINGS, longDraft, renderFromFixture, TERMS, WITH_SCHEDULES } from '../fixtures';

// Every sync is a round trip to Word (a network hop on the web): each operation must take the same
// small number whatever the document's length.
const operations: [string, (host: Host) => Promise<{ ok: boolean }>, number][] = [
  ['readDocument', (h) => h.readDocument(), 2],
  ['insertClauses', (h) => h.insertClauses(TERMS, 'end'), 2],
  ['insertClauses, with schedule tables', (h) => h.insertClauses(WITH_SCHEDULES, 'end'), 2],
  ['listClauses', (h) => h.listClauses(), 2],
  ['checkDrift', (h) => h.checkDrift(renderFromFixture), 2],
  ['forgetGoneFixes, with nothing gone', (h) => h.forgetGoneFixes(), 2],
  ['markFindings', (h) => h.markFindings(FINDINGS), 3],
  ['clearMarks', (h) => h.clearMarks(), 2],
  ['goTo', (h) => h.goTo(FINDINGS[0]!), 3],
  // One more when the document has content controls: which of our clauses holds the passage.
  ['applyFix', (h) => h.applyFix(FINDINGS[3]!, TERMS.clauses[2]!), 3],
  ['markHeader', (h) => h.markHeader('Confidential – disclosed to Aurelia Grid Storage GmbH under the agreement dated 2026-11-30'), 3],
];

async function syncsFor(paragraphs: number, op: (host: Host) => Promise<{ ok: boolean }>): Promise<number> {
  const word = new FakeWord(longDraft(paragraphs));
  const host = createWordHost(word.api, 'en');
  // A document that already holds our clauses and marks, so no operation takes a short cut.
  await host.insertClauses(TERMS, 'end');
  await host.markFindings(FINDINGS);
  const before = word.syncs;
  const result = await op(host);
  expect(result.ok).toBe(true);
  return word.syncs - before;
}

describe.each(operations)('%s', (_name, op, most) => {
  it(`takes the same syncs, at most ${most}, for a 22-paragraph draft and for 5,000 paragraphs`, async () => {
    const small = await syncsFor(22, op);
    expect(small).toBeLessThanOrEqual(most);
    expect(await syncsFor(5000, op)).toBe(small);
  });
});
