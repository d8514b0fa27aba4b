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
// draws a rewrite (our Test Data terms, for the sentence on test results) and a carve-out (the tests
// our evaluation needs). With the rewrite's point dismissed, a click on the carve-out's puts it in
// after the clause, the clause untouched. The rewrite's point, restored, joins that change: one
// click makes it again as one change of ours holding both fixes, the clause a click with both
// points open puts in, the same sentence of the draft deleted, in place of our earlier paragraphs;
// Reject still gives the draft back. Where the earlier change cannot be made again from the review
// (its point is not among the review's), the click is refused with `fix.click.changed`, which says
// what to do; where our earlier change is no longer where the review read it, Word's answer says so.
const RUNTIMES = [
  ['the real Office.js runtime', (lines: readonly string[]) => {
    const r = realRuntimeWord([...lines], '1.6');
    return { api: r.api, doc: r.word.doc, syncs: () => r.word.syncs.length };
  }],
  ['the fake Word', (lines: readonly string[]) => {
    const f = new FakeWord([...lines], '1.6');
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

describe.each(RUNTIMES)("a point restored after another point's carve-out went in beside its clause, over %s", (_runtime, make) => {
  async function carvedOut(lines: readonly string[] = DRAFT) {
    const { api, doc: word, syncs } = make(lines);
    const host = createWordHost(api, 'en');
    const draft = await readNow(host);
    const result = review(draft, { scenario: 'sample-testing', role: 'evaluator', library, playbooks });
    const barred = result.findings.find((f) => f.rule === 'one-sided.testing-barred')!;
    const locked = result.findings.find((f) => f.rule === 'one-sided.locked-results')!;
    // The rewrite's point dismissed: the carve-out goes in alone, after the clause, none of its words deleted.
    const first = await applyClicked(host, fixes, library, result, draft, barred, result.findings.filter((f) => f !== locked), OPTIONS);
    expect(first).toMatchObject({ ok: true, value: { mode: 'replaced', tracked: true } });
    expect(word.controls.map((c) => c.tag)).toEqual([fixes.fixAlone(library, result, draft, barred, OPTIONS)!.tag]);
    return { host, word, syncs, draft, result, barred, locked, changed: await readNow(host) };
  }
  const holds = async (host: ReturnType<typeof createWordHost>, f: Finding) => {
    const listed = await host.listClauses();
    if (!listed.ok) throw new Error(JSON.stringify(listed));
    return listed.value.some((c) => holdsFix(c.tag, f.fix!));
  };

  it('joins that change: one change of ours holding both fixes, as a click with both open puts in, in place of our earlier paragraphs', async () => {
    const { host, word, syncs, draft, result, barred, locked, changed } = await carvedOut();
    // The click with both points open, on the draft as it was: the one change this click must make too.
    const together = fixes.clickedFix(library, result, draft, locked, result.findings, OPTIONS);
    if (together?.kind !== 'apply') throw new Error(`expected a fix to apply: ${JSON.stringify(together)}`);
    const decided = fixes.clickedFix(library, result, changed, here(changed, locked), result.findings, OPTIONS);
    if (decided?.kind !== 'apply') throw new Error(`expected a fix to apply: ${JSON.stringify(decided)}`);
    expect(decided.clause.paragraphs).toEqual(together.clause.paragraphs);
    expect(decided.also).toEqual([barred]);

    const before = syncs();
    const joined = await applyClicked(host, fixes, library, result, changed, here(changed, locked), result.findings, OPTIONS);
    expect(joined).toEqual({ ok: true, value: { intent: 'success', key: 'fix.click.joined', params: { points: barred.message } }, notes: [] });
    // The draft read, our clauses found, the rewrite's sentence searched for, the change made.
    expect(syncs() - before).toBeLessThanOrEqual(4);
    expect(word.trackingMode).toBe('Off');

    // One clause of ours, holding both fixes, right after the draft's clause: our earlier paragraphs are gone.
    expect(word.controls.map((c) => c.tag)).toEqual([together.clause.tag]);
    expect([await holds(host, barred), await holds(host, locked)]).toEqual([true, true]);
    const clause = draft.paragraphs.findIndex((p) => p.text.startsWith('3.1 '));
    expect(word.indexOf(word.controls[0]!.first)).toBe(clause + 1);
    const inserted = word.texts().slice(clause + 1, word.indexOf(word.controls[0]!.last) + 1);
    expect(inserted).toEqual(together.clause.paragraphs.map((p) => `${p.label}\t${p.text}`));
    // Of the draft's clause only the sentence the rewrite answers is a tracked deletion.
    expect(word.paragraphs[clause]!.changes.map((c) => [c.type, c.text])).toEqual([['Deleted', `${locked.evidence[0]!.text} `]]);
    // A second click on either point (their sentence is gone now) finds its fix in.
    const now = await readNow(host);
    for (const f of [barred, locked]) expect(await applyClicked(host, fixes, library, result, now, f, result.findings, OPTIONS)).toMatchObject({ ok: true, value: { key: 'fix.click.alreadyIn' } });

    // Accepted, the draft reads as the one click with both points open leaves it.
    const both = make(DRAFT);
    expect(await applyClicked(createWordHost(both.api, 'en'), fixes, library, result, draft, locked, result.findings, OPTIONS)).toMatchObject({ ok: true, value: { key: 'fix.click.joined' } });
    both.doc.acceptAllChanges();
    word.acceptAllChanges();
    expect(word.texts()).toEqual(both.doc.texts());
  });

  it('Reject gives the draft back', async () => {
    const { host, word, result, locked, changed } = await carvedOut();
    expect(await applyClicked(host, fixes, library, result, changed, here(changed, locked), result.findings, OPTIONS)).toMatchObject({ ok: true, value: { key: 'fix.click.joined' } });
    word.rejectAllChanges();
    expect(word.texts()).toEqual(DRAFT);
  });

  it('takes the same round trips in a draft of 3,000 more paragraphs', async () => {
    const count = async (lines: readonly string[]) => {
      const { host, syncs, result, locked, changed } = await carvedOut(lines);
      const before = syncs();
      expect(await applyClicked(host, fixes, library, result, changed, here(changed, locked), result.findings, OPTIONS)).toMatchObject({ ok: true, value: { key: 'fix.click.joined' } });
      return syncs() - before;
    };
    const filler = Array.from({ length: 3000 }, (_, i) => `7.${i + 1} The parties shall keep record ${i + 1} of the Samples delivered under this Agreement.`);
    expect(await count([...DRAFT, '7. Records', ...filler])).toBe(await count(DRAFT));
  });

  it("where the review no longer raises the earlier change's point, is refused and says what to do; nothing changes", async () => {
    const { host, word, result, barred, locked, changed } = await carvedOut();
    // The review run again without the carve-out's point (another side, say): our change cannot be made again from it.
    const without = { ...result, findings: result.findings.filter((f) => f !== barred) };
    const after = word.texts();
    const refused = await applyClicked(host, fixes, library, without, changed, here(changed, locked), without.findings, OPTIONS);
    expect(refused).toEqual({ ok: true, value: { intent: 'warning', key: 'fix.click.changed' }, notes: [] });
    expect(word.texts()).toEqual(after);
    expect(say('en', { key: 'fix.click.changed' })).toContain('the points that change was made for are not among this review');
    expect(say('en', { key: 'fix.click.changed' })).toContain('in Word, reject our earlier change to this clause, then apply again the fixes this review offers for it');
    expect(say('zh-CN', { key: 'fix.click.changed' })).toContain('该修订所针对的问题不在本次审阅的问题之中');
    expect(say('zh-CN', { key: 'fix.click.changed' })).toContain('请先在 Word 中拒绝我方此前对本条款所作的修订，再重新应用本次审阅就本条款提出的修改方案');
    // Done so: our earlier change rejected, the rewrite goes in; the card that said the carve-out was in finds it gone.
    expect(await holds(host, barred)).toBe(true);
    word.rejectAllChanges(word.author);
    expect(word.texts()).toEqual(DRAFT);
    expect(await holds(host, barred)).toBe(false);
    const rejected = await readNow(host);
    expect(await applyClicked(host, fixes, library, without, rejected, here(rejected, locked), without.findings, OPTIONS)).toMatchObject({ ok: true, value: { mode: 'replaced', tracked: true } });
    expect(await holds(host, locked)).toBe(true);
  });

  it('where our earlier change is gone since the draft was read (rejected in Word), nothing changes and Word says why', async () => {
    const { host, word, result, locked, changed } = await carvedOut();
    word.rejectAllChanges(word.author);
    const refused = await applyClicked(host, fixes, library, result, changed, here(changed, locked), result.findings, OPTIONS);
    expect(refused).toMatchObject({ ok: false, error: { key: 'host.error.earlierMoved' } });
    expect(word.texts()).toEqual(DRAFT);
    expect(word.allChanges()).toHaveLength(0);
    expect(say('en', { key: 'host.error.earlierMoved' })).toContain('Run the review again, then apply the fix.');
    expect(say('zh-CN', { key: 'host.error.earlierMoved' })).toContain('请重新审阅后再应用修改方案');
  });
});

// The same draft with a clause headed with three subjects, each in sentences of its own: the feedback
// fix went in for the first with the Test Data point dismissed, taking out the feedback sentences.
// The Test Data point, restored, joins that change: its own sentence goes too, the Publicity sentence
// stays, and one clause of ours holding both fixes follows the clause in place of the feedback fix.
const THREE = 'Feedback, Test Data and Publicity.  Evaluator may give Supplier comments on the Samples ("Feedback"). Supplier may use all Feedback freely without any restriction or obligation. Test Data, meaning the results of the tests Evaluator runs on the Samples, is owned by Supplier, and Evaluator shall not disclose the results of any test to any person. Neither party may name the other in any Publicity without its prior written consent.';
const WITH_THREE = DRAFT.flatMap((line) =>
  line.startsWith('3.1 ') ? [line.replace('Evaluator shall not run any benchmark, load or stress test on the Samples, nor disclose the results of any test to any person. ', ''), `3.2 ${THREE}`] : [line],
);

describe.each(RUNTIMES)('a point restored after another point\'s fix went into part of a clause of three subjects, over %s', (_runtime, make) => {
  it('joins that change: its own sentence goes, the third subject stays, one change of ours as a click with both open puts in', async () => {
    const { api, doc: word } = make(WITH_THREE);
    const host = createWordHost(api, 'en');
    const draft = await readNow(host);
    const result = review(draft, { scenario: 'sample-testing', role: 'evaluator', library, playbooks });
    const clause = draft.paragraphs.findIndex((p) => p.text.startsWith('3.2 '));
    const feedback = result.findings.find((f) => f.rule === 'one-sided.free-feedback')!;
    const data = result.findings.find((f) => f.rule === 'one-sided.locked-results')!;
    expect([feedback.evidence[0]!.paragraph, data.evidence[0]!.paragraph]).toEqual([clause, clause]);
    expect(await applyClicked(host, fixes, library, result, draft, feedback, result.findings.filter((f) => f !== data), OPTIONS)).toMatchObject({ ok: true, value: { tracked: true } });

    const changed = await readNow(host);
    const decided = fixes.clickedFix(library, result, changed, here(changed, data), result.findings, OPTIONS);
    expect(decided).toMatchObject({ kind: 'apply', placement: { kind: 'part', part: { keeps: ['Publicity'] } } });
    const joined = await applyClicked(host, fixes, library, result, changed, here(changed, data), result.findings, OPTIONS);
    expect(joined).toEqual({ ok: true, value: { intent: 'success', key: 'fix.click.joined', params: { points: feedback.message } }, notes: [] });
    const together = fixes.clickedFix(library, result, draft, data, result.findings, OPTIONS);
    if (together?.kind !== 'apply') throw new Error(`expected a fix to apply: ${JSON.stringify(together)}`);
    expect(word.controls.map((c) => c.tag)).toEqual([together.clause.tag]);
    expect(word.indexOf(word.controls[0]!.first)).toBe(clause + 1);

    // Accepted, the draft reads as the one click with both points open leaves it: the Publicity sentence stands.
    const both = make(WITH_THREE);
    expect(await applyClicked(createWordHost(both.api, 'en'), fixes, library, result, draft, data, result.findings, OPTIONS)).toMatchObject({ ok: true, value: { key: 'fix.click.joined' } });
    both.doc.acceptAllChanges();
    word.acceptAllChanges();
    expect(word.texts()).toEqual(both.doc.texts());
    expect(word.texts()[clause]).toBe('3.2 Feedback, Test Data and Publicity.  Neither party may name the other in any Publicity without its prior written consent.');
  });

  it('Reject gives the draft back', async () => {
    const { api, doc: word } = make(WITH_THREE);
    const host = createWordHost(api, 'en');
    const draft = await readNow(host);
    const result = review(draft, { scenario: 'sample-testing', role: 'evaluator', library, playbooks });
    const feedback = result.findings.find((f) => f.rule === 'one-sided.free-feedback')!;
    const data = result.findings.find((f) => f.rule === 'one-sided.locked-results')!;
    await applyClicked(host, fixes, library, result, draft, feedback, result.findings.filter((f) => f !== data), OPTIONS);
    const changed = await readNow(host);
    expect(await applyClicked(host, fixes, library, result, changed, here(changed, data), result.findings, OPTIONS)).toMatchObject({ ok: true, value: { key: 'fix.click.joined' } });
    word.rejectAllChanges();
    expect(word.texts()).toEqual(WITH_THREE);
  });
});

// The draft's Restrictions clause with the testing bar and the bar on disclosing results in sentences
// of their own: our Test Data terms went in for the second with the testing point dismissed. The
// testing point, restored, is a carve-out: it takes no words of the clause, and joins our change.
const APART = DRAFT.map((line) =>
  line.startsWith('3.1 ') ? line.replace('nor disclose the results of any test to any person.', 'and shall not disclose the results of any test on the Samples to any person.').replace('on the Samples, and shall not', 'on the Samples. Evaluator shall not') : line,
);

describe.each(RUNTIMES)("a carve-out's point restored after a rewrite went into part of its clause, over %s", (_runtime, make) => {
  it('joins that change, the carve-out after the rewrite, no more words of the clause taken; Reject gives the draft back', async () => {
    const { api, doc: word } = make(APART);
    const host = createWordHost(api, 'en');
    const draft = await readNow(host);
    const result = review(draft, { scenario: 'sample-testing', role: 'evaluator', library, playbooks });
    const barred = result.findings.find((f) => f.rule === 'one-sided.testing-barred')!;
    const locked = result.findings.find((f) => f.rule === 'one-sided.locked-results')!;
    expect(barred.evidence[0]!.text).not.toBe(locked.evidence[0]!.text);
    expect(await applyClicked(host, fixes, library, result, draft, locked, result.findings.filter((f) => f !== barred), OPTIONS)).toMatchObject({ ok: true, value: { tracked: true } });
    const clause = draft.paragraphs.findIndex((p) => p.text.startsWith('3.1 '));
    const cut = word.paragraphs[clause]!.changes.map((c) => [c.type, c.text]);
    expect(cut).toHaveLength(1);

    const changed = await readNow(host);
    expect(fixes.clickedFix(library, result, changed, here(changed, barred), result.findings, OPTIONS)).toMatchObject({ kind: 'apply', placement: { kind: 'part', part: { deleted: [] } } });
    expect(await applyClicked(host, fixes, library, result, changed, here(changed, barred), result.findings, OPTIONS)).toEqual({ ok: true, value: { intent: 'success', key: 'fix.click.joined', params: { points: locked.message } }, notes: [] });
    const together = fixes.clickedFix(library, result, draft, barred, result.findings, OPTIONS);
    if (together?.kind !== 'apply') throw new Error(`expected a fix to apply: ${JSON.stringify(together)}`);
    expect(word.controls.map((c) => c.tag)).toEqual([together.clause.tag]);
    expect(word.texts().slice(clause + 1, word.indexOf(word.controls[0]!.last) + 1)).toEqual(together.clause.paragraphs.map((p) => `${p.label}\t${p.text}`));
    // The clause's words: only the rewrite's cut, made before, and nothing more.
    expect(word.paragraphs[clause]!.changes.map((c) => [c.type, c.text])).toEqual(cut);
    word.rejectAllChanges();
    expect(word.texts()).toEqual(APART);
  });
});
