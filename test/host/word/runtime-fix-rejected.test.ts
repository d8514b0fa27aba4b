import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibraryDir } from '../../../src/cli/library-files';
import { holdsFix } from '../../../src/core/agreement/tag';
import type { DocModel } from '../../../src/core/document';
import type { Finding } from '../../../src/core/findings';
import * as fixes from '../../../src/core/fix';
import { say } from '../../../src/core/i18n';
import { review, type Playbooks } from '../../../src/core/review';
import { locateEvidence } from '../../../src/host/common/locate';
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

// A supplier's evaluation agreement open in Word for us as the evaluator: its Restrictions clause
// draws a rewrite (our Test Data terms) and a carve-out (the tests our evaluation needs). With the
// carve-out's point dismissed, a click on the rewrite's puts in our terms for part of the clause.
// The carve-out's point, restored, cannot join that change (it would keep part of the clause, and
// which part our change already took out cannot be read from the draft): the click is refused with
// `fix.click.changed`, which tells the user to reject our earlier change in Word and apply this
// point's fix again. Done so, the click puts in one change of ours holding both fixes, as a click
// with both points open does, and Reject still gives the draft back.
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

async function readNow(host: ReturnType<typeof createWordHost>): Promise<DocModel> {
  const read = await host.readDocument({ revisions: true });
  if (!read.ok) throw new Error(JSON.stringify(read));
  return read.value;
}

/** The point where its quote reads now, as the task pane finds it. */
function here(doc: DocModel, f: Finding): Finding {
  const ev = f.evidence[0]!;
  const at = locateEvidence(doc.paragraphs.map((p) => p.text), ev);
  if (!at) throw new Error(`the quote of ${f.rule} is gone`);
  return { ...f, evidence: [{ ...ev, paragraph: at.paragraph, start: at.start, end: at.end }] };
}

describe.each(RUNTIMES)("a point restored after another point's fix went into part of its clause, over %s", (_runtime, make) => {
  it('is refused with what to do; done so (our earlier change rejected), its fix goes in with the other as one change of ours', async () => {
    const { api, doc: word, syncs } = make();
    const host = createWordHost(api, 'en');
    const draft = await readNow(host);
    const result = review(draft, { scenario: 'sample-testing', role: 'evaluator', library, playbooks });
    const barred = result.findings.find((f) => f.rule === 'one-sided.testing-barred')!;
    const locked = result.findings.find((f) => f.rule === 'one-sided.locked-results')!;
    // The click with both points open: the one change the path the message describes must end in.
    const together = fixes.clickedFix(library, result, draft, locked, result.findings, OPTIONS);
    if (together?.kind !== 'apply') throw new Error(`expected a fix to apply: ${JSON.stringify(together)}`);

    // The carve-out's point dismissed: the rewrite goes in alone.
    const first = await applyClicked(host, fixes, library, result, draft, barred, result.findings.filter((f) => f !== locked), OPTIONS);
    expect(first).toMatchObject({ ok: true, value: { mode: 'replaced', tracked: true } });
    expect(word.controls.map((c) => c.tag)).toEqual([fixes.fixAlone(library, result, draft, barred, OPTIONS)!.tag]);

    // Restored, the carve-out's point is refused, nothing changed, and the message says what to do, in English and Chinese.
    const changed = await readNow(host);
    const after = word.texts();
    const refused = await applyClicked(host, fixes, library, result, changed, here(changed, locked), result.findings, OPTIONS);
    expect(refused).toEqual({ ok: true, value: { intent: 'warning', key: 'fix.click.changed' }, notes: [] });
    expect(word.texts()).toEqual(after);
    expect(say('en', { key: 'fix.click.changed' })).toContain('in Word, reject our earlier change to this clause, then apply the fix for this point again');
    expect(say('zh-CN', { key: 'fix.click.changed' })).toContain('请先在 Word 中拒绝我方此前对本条款所作的修订，再对本问题重新应用修改方案');

    // The user does so: our earlier change rejected in Word, then this point's fix applied again.
    // The task pane's card for the rewrite, which said our fix is in, checks the document's clauses of ours on the next action: gone.
    const holds = async (f: Finding) => {
      const listed = await host.listClauses();
      if (!listed.ok) throw new Error(JSON.stringify(listed));
      return listed.value.some((c) => holdsFix(c.tag, f.fix!));
    };
    expect(await holds(barred)).toBe(true);
    word.rejectAllChanges(word.author);
    expect(word.texts()).toEqual(DRAFT);
    expect(await holds(barred)).toBe(false);
    const rejected = await readNow(host);
    const before = syncs();
    const again = await applyClicked(host, fixes, library, result, rejected, here(rejected, locked), result.findings, OPTIONS);
    expect(again).toMatchObject({ ok: true, value: { intent: 'success', key: 'fix.click.joined', params: { points: barred.message } } });
    expect(syncs() - before).toBeLessThanOrEqual(4);

    // One change of ours in the clause, holding both fixes: the clause a click with both points open puts in.
    expect(word.controls.map((c) => c.tag)).toEqual([together.clause.tag]);
    expect([await holds(barred), await holds(locked)]).toEqual([true, true]);
    const inserted = word.texts().slice(word.indexOf(word.controls[0]!.first), word.indexOf(word.controls[0]!.last) + 1);
    expect(inserted.map((t) => t.replace(/^[^\t]*\t/, ''))).toEqual(expect.arrayContaining(together.clause.paragraphs.map((p) => p.text)));
    // A second click on either point finds its fix in.
    const now = await readNow(host);
    for (const f of [barred, locked]) expect(await applyClicked(host, fixes, library, result, now, f, result.findings, OPTIONS)).toMatchObject({ ok: true, value: { key: 'fix.click.alreadyIn' } });
    // Reject gives the draft back.
    word.rejectAllChanges();
    expect(word.texts()).toEqual(DRAFT);
  });
});
