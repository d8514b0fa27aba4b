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

// Each fix that goes in leaves a custom XML record of it (records.ts). Rejected in Word, the fix
// goes but Word keeps the record; the pane's next check that a fix is still in (listClauses)
// removes the records of fixes gone, in one round trip more, and keeps those of fixes still in.
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
  it('goes on the next check that the fix is in; a fix still in keeps its record; the check costs one round trip more only then', async () => {
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
    expect(recorded()).toEqual([tag]);
    // The fix is in: the check keeps its record, in the reading's own round trips.
    let before = syncs();
    expect((await host.listClauses()).ok).toBe(true);
    const reading = syncs() - before;
    expect(recorded()).toEqual([tag]);

    word.rejectAllChanges(word.author);
    expect(word.texts()).toEqual(DRAFT);
    before = syncs();
    const listed = await host.listClauses();
    if (!listed.ok) throw new Error(JSON.stringify(listed));
    expect(listed).toMatchObject({ ok: true, value: [] });
    expect(syncs() - before).toBe(reading + 1);
    expect(recorded()).toEqual([]);
    // Nothing left to remove: the next check takes no more than the reading's round trips.
    before = syncs();
    await host.listClauses();
    expect(syncs() - before).toBeLessThanOrEqual(reading);
  });
});
