import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibraryDir } from '../../../src/cli/library-files';
import type { DocModel } from '../../../src/core/document';
import * as fixes from '../../../src/core/fix';
import { review, type Playbooks } from '../../../src/core/review';
import { CLAUSES_NS, parseClauseRecordsXml } from '../../../src/io/clause-records';
import { createWordHost } from '../../../src/host/word';
import { applyClicked } from '../../../src/taskpane/review/clickedFix';
import { FakeWord } from '../../support/fakeWord';
import { realRuntimeWord } from '../../support/officeRuntime';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;
const OPTIONS = { locale: 'en' as const, companyName: '' };
const DRAFT = readFileSync(path.join(__dirname, '../../fixtures/carve-out/evaluation.txt'), 'utf8').split('\n').filter((l) => l.trim());

// Each fix that goes in leaves a custom XML record of it (records.ts). Rejected in Word (or edited
// past recognition), the fix goes but Word keeps the record. The pane's listing of our clauses
// (listClauses, run when the drift panel opens) is a plain read: it keeps the record and names the
// fix in a note. Only the user's "forget" (forgetGoneFixes) removes it, in one round trip more.
const RUNTIMES = [
  ['the real Office.js runtime', () => {
    const r = realRuntimeWord(DRAFT, '1.6');
    return { api: r.api, doc: r.word.doc, syncs: () => r.word.syncs.length };
  }],
  ['the fake Word', () => {
    const f = new FakeWord(DRAFT, '1.6');
    return { api: f.api, doc: f.doc, syncs: () => f.syncs };
  }],
] as const;

describe.each(RUNTIMES)('the record of a fix rejected in Word, over %s', (_runtime, make) => {
  it('stays through every listing, which names the fix gone; the user\'s "forget" removes it in one round trip more; a fix still in keeps its record', async () => {
    const { api, doc: word, syncs } = make();
    const host = createWordHost(api, 'en');
    const read = await host.readDocument({ revisions: true });
    if (!read.ok) throw new Error(JSON.stringify(read));
    const draft: DocModel = read.value;
    const result = review(draft, { scenario: 'sample-testing', role: 'evaluator', library, playbooks });
    const barred = result.findings.find((f) => f.rule === 'one-sided.testing-barred')!;
    const recorded = () => word.customXmlParts.filter((p) => p.namespaceUri === CLAUSES_NS).flatMap((p) => Object.keys(parseClauseRecordsXml(p.xml) ?? {}));

    expect(await applyClicked(host, fixes, library, result, draft, barred, result.findings, OPTIONS)).toMatchObject({ ok: true });
    const tag = word.controls[0]!.tag;
    const title = word.controls[0]!.title;
    expect(recorded()).toEqual([tag]);
    // The fix is in: the listing names nothing gone, and "forget" keeps its record, in the reading's own round trips.
    let before = syncs();
    expect(await host.listClauses()).toMatchObject({ ok: true, notes: [] });
    const reading = syncs() - before;
    before = syncs();
    expect(await host.forgetGoneFixes()).toEqual({ ok: true, value: { removed: 0 }, notes: [] });
    expect(syncs() - before).toBe(reading);
    expect(recorded()).toEqual([tag]);

    word.rejectAllChanges(word.author);
    expect(word.texts()).toEqual(DRAFT);
    // Listed twice (the drift panel's listing, then its check): the record stays, the fix is named, no round trip more.
    for (let i = 0; i < 2; i++) {
      before = syncs();
      const listed = await host.listClauses();
      expect(listed).toEqual({ ok: true, value: [], notes: [{ key: 'host.note.fixesGone', params: { fixes: title } }] });
      expect(syncs() - before).toBe(reading);
      expect(recorded()).toEqual([tag]);
    }
    const drift = await host.checkDrift(() => '');
    expect(drift).toMatchObject({ ok: true, value: [], notes: [{ key: 'host.note.fixesGone' }] });
    expect(recorded()).toEqual([tag]);

    // The user forgets it: the record goes, in one round trip more.
    before = syncs();
    expect(await host.forgetGoneFixes()).toMatchObject({ ok: true, value: { removed: 1 } });
    expect(syncs() - before).toBe(reading + 1);
    expect(recorded()).toEqual([]);
    // Nothing left to name or remove: the next listing and "forget" take the reading's round trips.
    before = syncs();
    expect(await host.listClauses()).toEqual({ ok: true, value: [], notes: [] });
    expect(await host.forgetGoneFixes()).toMatchObject({ ok: true, value: { removed: 0 } });
    expect(syncs() - before).toBeLessThanOrEqual(2 * reading);
  });
});
