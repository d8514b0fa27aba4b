// The Word host's requests over Microsoft's Office.js runtime (size per sync), then the host
// against the fake Word on a 5,000-paragraph draft: read + review + mark, the syncs
// (round trips to Word; the number that matters on Word on the web) and the time spent in our code
// and the fake. Paragraphs are real contract text from ../shared/corpus/cuad-dev when present,
// else the host test fixture repeated (whose short paragraphs make the response ratio worse).
import { performance } from 'node:perf_hooks';
import { plan, presetAnswers, render } from '../src/core/agreement';
import { review } from '../src/core/review';
import { loadLibraryDir } from '../src/cli/library-files';
import { libraryRenderer } from '../src/host/common/render';
import { createWordHost } from '../src/host/word';
import type { Bench, Measure } from '../scripts/bench';
import { FakeWord } from '../test/support/fakeWord';
import { realRuntimeWord } from '../test/support/officeRuntime';
import { contractDraft, strikeOut } from '../test/host/fixtures';

const PARAGRAPHS = 5000;

/**
 * readDocument over Microsoft's Office.js runtime (its request is what Word would receive) for 10
 * and 3,000 paragraphs, plain, with a content control, and reviewing a redline of 150 deletions.
 */
async function overRuntime(): Promise<{ measures: Measure[]; summary: string }> {
  const { seeds, source } = contractDraft(3000);
  const cases = [
    { name: 'plain', control: false, changes: 0 },
    { name: 'one content control', control: true, changes: 0 },
    { name: 'control + 150 changes, reviewing (WordApi 1.6: the changes by author)', control: true, changes: 150 },
  ];
  const measures: Measure[] = [];
  let maxRequest = 0;
  let constant = true;
  let ratio = 0;
  for (const c of cases) {
    const counts: number[] = [];
    for (const n of [10, 3000]) {
      const { api, word } = realRuntimeWord(strikeOut(seeds.slice(0, n), c.changes), c.changes ? '1.6' : '1.4');
      if (c.control) word.doc.addControl({ kind: 'paras', first: word.doc.paragraphs[8]!.id, last: word.doc.paragraphs[9]!.id }).tag = 'cw|definitions|standard|1.0.0';
      const read = await createWordHost(api, 'en').readDocument({ revisions: c.changes > 0 });
      if (!read.ok) throw new Error('read over the Office.js runtime failed');
      counts.push(word.syncs.length);
      const request = Math.max(...word.syncs.map((s) => s.requestBytes));
      maxRequest = Math.max(maxRequest, request);
      if (n < 3000) continue;
      const text = word.doc.paragraphs.reduce((t, p) => t + Buffer.byteLength(p.text), 0);
      const response = word.syncs.reduce((t, s) => t + s.responseBytes, 0);
      if (c.changes === 0) ratio = Math.max(ratio, response / text);
      const actions = Math.max(...word.syncs.map((s) => s.actions));
      measures.push(
        { name: `host read over Office.js, 3,000 paragraphs, ${c.name}: largest request`, value: request / 1024, unit: 'KB', target: '< 20 KB', ok: request < 20 * 1024, note: `${actions} actions, ${source}` },
        { name: `host read over Office.js, 3,000 paragraphs, ${c.name}: response / text`, value: response / text, unit: 'x', target: c.changes ? undefined : '<= 1.5', ok: c.changes ? undefined : response / text <= 1.5 },
      );
    }
    constant &&= counts[0] === counts[1];
  }
  // Inserting a whole agreement: OOXML blocks of at most 14 KB, a round trip each, into 10 and
  // 3,000 paragraphs (the requests carry the clauses, so their number follows the agreement).
  const loaded = loadLibraryDir();
  if (loaded.ok) {
    const answers = presetAnswers(loaded.library, 'joint-development');
    const terms = render(loaded.library, plan(loaded.library, answers), answers);
    const counts: number[] = [];
    for (const n of [10, 3000]) {
      const { api, word } = realRuntimeWord(seeds.slice(0, n), '1.3');
      const inserted = await createWordHost(api, 'en').insertClauses(terms, 'end');
      if (!inserted.ok) throw new Error('insert over the Office.js runtime failed');
      counts.push(word.syncs.length);
      const largest = word.syncs.reduce((a, s) => (s.requestBytes > a.requestBytes ? s : a));
      maxRequest = Math.max(maxRequest, largest.requestBytes);
      if (n < 3000) continue;
      measures.push({
        name: 'host insertClauses over Office.js, 3,000 paragraphs: largest request',
        value: largest.requestBytes / 1024,
        unit: 'KB',
        target: '< 20 KB',
        ok: largest.requestBytes < 20 * 1024,
        note: `${word.syncs.length} syncs, ${largest.actions} actions, ${terms.clauses.length} clauses, ${inserted.value.paragraphs} paragraphs`,
      });
    }
    constant &&= counts[0] === counts[1];
  }
  // The summary covers the reads (every user action starts with one) and the insertion.
  const kb = Math.ceil(maxRequest / 1024);
  return { measures, summary: `host max_request_kb=${kb} read_response_ratio=${ratio.toFixed(2)} syncs_constant=${constant ? 'yes' : 'no'}` };
}

const bench: Bench = async () => {
  const runtime = await overRuntime();
  const { seeds, source } = contractDraft(PARAGRAPHS);
  const word = new FakeWord(seeds);
  const host = createWordHost(word.api, 'en');

  const t0 = performance.now();
  const read = await host.readDocument();
  if (!read.ok) throw new Error('read failed');
  const readSyncs = word.syncs;
  const t1 = performance.now();
  const result = review(read.value);
  const t2 = performance.now();
  const marked = await host.markFindings(result.findings);
  if (!marked.ok) throw new Error('mark failed');
  const t3 = performance.now();

  const note = `${PARAGRAPHS} paragraphs (${source}), ${result.findings.length} findings, ${marked.value.marked} marked`;
  const measures: Measure[] = [
    ...runtime.measures,
    { name: 'host read + review + mark: syncs (fake Word)', value: word.syncs, unit: 'syncs', target: '<= 5', ok: word.syncs <= 5, note },
    { name: 'host readDocument: syncs', value: readSyncs, unit: 'syncs', target: '<= 2', ok: readSyncs <= 2 },
    { name: 'host readDocument: time (fake Word)', value: t1 - t0, unit: 'ms' },
    { name: 'host review of the read document: time', value: t2 - t1, unit: 'ms' },
    { name: 'host markFindings: time (fake Word)', value: t3 - t2, unit: 'ms' },
    { name: 'host read + review + mark: time', value: t3 - t0, unit: 'ms', target: '<= 3000 ms', ok: t3 - t0 <= 3000 },
  ];

  // Build: a full set of terms into the same long draft, then the drift check over it.
  const loaded = loadLibraryDir();
  if (!loaded.ok) return { measures, summary: runtime.summary };
  const answers = presetAnswers(loaded.library, 'joint-development');
  const terms = render(loaded.library, plan(loaded.library, answers), answers);
  const before = word.syncs;
  const t4 = performance.now();
  const inserted = await host.insertClauses(terms, 'end');
  const t5 = performance.now();
  const insertSyncs = word.syncs - before;
  const drift = await host.checkDrift(libraryRenderer(loaded.library));
  const t6 = performance.now();
  if (!inserted.ok || !drift.ok) throw new Error('insert or drift failed');
  const built = `${terms.clauses.length} clauses, ${inserted.value.paragraphs} paragraphs into ${PARAGRAPHS}`;
  measures.push(
    { name: 'host insertClauses: syncs (a read, then one per OOXML block)', value: insertSyncs, unit: 'syncs', note: built },
    { name: 'host insertClauses: time (fake Word)', value: t5 - t4, unit: 'ms' },
    { name: 'host checkDrift: syncs', value: word.syncs - before - insertSyncs, unit: 'syncs', target: '<= 2', ok: word.syncs - before - insertSyncs <= 2 },
    { name: 'host checkDrift: time (fake Word)', value: t6 - t5, unit: 'ms' },
  );
  return { measures, summary: runtime.summary };
};

export default bench;
