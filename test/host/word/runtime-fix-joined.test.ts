import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibraryDir } from '../../../src/cli/library-files';
import type { DocModel } from '../../../src/core/document';
import * as fixes from '../../../src/core/fix';
import { review, type Playbooks } from '../../../src/core/review';
import { readDocx } from '../../../src/io';
import { createWordHost } from '../../../src/host/word';
import { applyClicked } from '../../../src/taskpane/review/clickedFix';
import { locateEvidence } from '../../../src/host/common/locate';
import { say } from '../../../src/core/i18n';
import type { ParagraphSeed } from '../../support/fakeWord/model';
import { realRuntimeWord } from '../../support/officeRuntime';
import { corpusBytes, HAVE_CORPUS } from '../../io/corpus';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;
const OPTIONS = { locale: 'en' as const, companyName: '' };

/** The draft as Word holds it: each paragraph's text, style and list label as our reader read them. */
const seedsOf = (model: DocModel): ParagraphSeed[] => model.paragraphs.map((p) => ({ text: p.text, style: p.style, list: p.listLabel ? { label: p.listLabel } : undefined }));

// The Common Paper pilot agreement open in Word for a co-developer, over Microsoft's Office.js
// runtime (the simulated document answers its requests). Its clause on feedback and usage data
// draws two points whose fixes both replace it. A click on either puts in one tracked change that
// holds both fixes, as the redline does (core's clickedFix, on the core join); a click on the other
// then finds its fix already in and changes nothing.
(HAVE_CORPUS ? describe : describe.skip)('two points on one clause of a draft open in Word', () => {
  async function open() {
    const model = await readDocx(corpusBytes('contract_commonpaper_pilot_agreement.docx'));
    const { api, word } = realRuntimeWord(seedsOf(model), '1.6');
    const host = createWordHost(api, 'en');
    const read = await host.readDocument({ revisions: true });
    if (!read.ok) throw new Error(JSON.stringify(read));
    const result = review(read.value, { scenario: 'joint-development', role: 'co-developer', library, playbooks });
    const feedback = result.findings.find((f) => f.rule === 'one-sided.free-feedback')!;
    const usage = result.findings.find((f) => f.rule === 'one-sided.usage-data')!;
    return { host, word, doc: read.value, result, feedback, usage, seeds: seedsOf(model) };
  }

  it('a click on one point puts in one tracked change holding both fixes, in a fixed number of round trips; Reject gives the draft back', async () => {
    const { host, word, doc, result, feedback, usage, seeds } = await open();
    const decided = fixes.clickedFix(library, result, doc, feedback, result.findings, OPTIONS);
    if (decided?.kind !== 'apply') throw new Error(`expected a fix to apply: ${JSON.stringify(decided)}`);
    expect(decided.also).toEqual([usage]);
    expect(decided.clause.clauseId).toBe(`${feedback.fix!.clause}+${usage.fix!.clause}`);
    // The same clause the redline of these points puts in: the core join, not a second one.
    const alone = (f: typeof feedback) => fixes.fixAlone(library, result, doc, f, OPTIONS)!.paragraphs.slice(0, -1).map((p) => p.text);
    const texts = decided.clause.paragraphs.map((p) => p.text);
    for (const line of [...alone(feedback), ...alone(usage)].filter((l) => !/^This Section continues/.test(l))) expect(texts).toContain(line);

    const before = word.syncs.length;
    const clicked = await applyClicked(host, fixes, library, result, doc, feedback, result.findings, OPTIONS);
    expect(clicked).toMatchObject({ ok: true, value: { key: 'fix.click.joined', params: { points: usage.message } } });
    const syncs = word.syncs.slice(before);
    expect(syncs.length).toBeLessThanOrEqual(3);
    for (const s of syncs) expect(s.requestBytes).toBeLessThan(20_000);

    const d = word.doc;
    expect(d.trackingMode).toBe('Off');
    expect(d.controls.map((c) => c.tag)).toEqual([decided.clause.tag]);
    const inserted = d.texts().slice(d.indexOf(d.controls[0]!.first), d.indexOf(d.controls[0]!.last) + 1);
    expect(inserted.slice(1)).toEqual(decided.clause.paragraphs.map((p) => `${p.label}\t${p.text}`));
    expect(d.paragraphs.filter((p) => p.deleted).map((p) => p.text)).toContain(doc.paragraphs[feedback.evidence[0]!.paragraph]!.text);

    d.rejectAllChanges();
    expect(d.texts()).toEqual(seeds.map((s) => s.text));
  });

  it('a second click, on the other point, finds its fix already in and changes nothing', async () => {
    const { host, word, result, feedback, usage } = await open();
    const first = await applyClicked(host, fixes, library, result, (await readAgain(host)), feedback, result.findings, OPTIONS);
    expect(first.ok).toBe(true);
    const after = word.doc.texts();
    const changes = word.doc.allChanges().length;
    const now = await readAgain(host);
    const second = await applyClicked(host, fixes, library, result, now, usage, result.findings, OPTIONS);
    expect(second).toEqual({ ok: true, value: { intent: 'success', key: 'fix.click.alreadyIn' }, notes: [] });
    expect(word.doc.texts()).toEqual(after);
    expect(word.doc.allChanges()).toHaveLength(changes);
    // And again on the first: the same answer, not a second copy.
    expect(await applyClicked(host, fixes, library, result, now, feedback, result.findings, OPTIONS)).toMatchObject({ ok: true, value: { key: 'fix.click.alreadyIn' } });
  });

  it('with the other point dismissed, puts in only its own fix; the point, once restored, joins it: one change holding both, as had it been open', async () => {
    const { host, word, doc, result, feedback, usage, seeds } = await open();
    const open1 = result.findings.filter((f) => f !== usage);
    const first = await applyClicked(host, fixes, library, result, doc, feedback, open1, OPTIONS);
    expect(first).toMatchObject({ ok: true, value: { mode: 'replaced', tracked: true } });
    expect(word.doc.controls.map((c) => c.tag)).toEqual([fixes.fixAlone(library, result, await readAgain(host), feedback, OPTIONS)!.tag]);
    // The feedback fix took out the feedback sentences and follows the clause; the usage-data sentences stand.
    const now = await readAgain(host);
    expect(now.paragraphs.some((p) => p.text.includes(usage.evidence[0]!.text))).toBe(true);
    // The point where its quote reads now, as the task pane finds it.
    const ev = usage.evidence[0]!;
    const here = locateEvidence(now.paragraphs.map((p) => p.text), ev)!;
    const decided = fixes.clickedFix(library, result, now, { ...usage, evidence: [{ ...ev, ...here }] }, [], OPTIONS);
    if (decided?.kind !== 'apply') throw new Error(`expected a fix to apply: ${JSON.stringify(decided)}`);
    expect(decided.also).toEqual([feedback]);
    // The clause one click puts in with both points open, in place of the draft's clause and of our first change.
    const together = fixes.clickedFix(library, result, doc, feedback, result.findings, OPTIONS);
    if (together?.kind !== 'apply') throw new Error('expected the joined fix');
    expect(decided.clause.paragraphs).toEqual(together.clause.paragraphs);

    const before = word.syncs.length;
    const second = await applyClicked(host, fixes, library, result, now, usage, result.findings, OPTIONS);
    expect(second).toMatchObject({ ok: true, value: { key: 'fix.click.joined', params: { points: feedback.message } } });
    expect(word.syncs.length - before).toBeLessThanOrEqual(3);
    const d = word.doc;
    expect(d.controls.map((c) => c.tag)).toEqual([together.clause.tag]);
    const inserted = d.texts().slice(d.indexOf(d.controls[0]!.first), d.indexOf(d.controls[0]!.last) + 1);
    expect(inserted.slice(1)).toEqual(together.clause.paragraphs.map((p) => `${p.label}\t${p.text}`));
    // Our first change is gone (Word drops one's own insertion when it is deleted), the draft's clause is a tracked deletion.
    expect(d.texts().filter((t) => t.startsWith('1.5.1\t'))).toHaveLength(1);
    expect(d.paragraphs.filter((p) => p.deleted).map((p) => p.text)).toContain(doc.paragraphs[usage.evidence[0]!.paragraph]!.text);
    d.rejectAllChanges();
    expect(d.texts()).toEqual(seeds.map((s) => s.text));
  });

  it('a fix for another clause still goes in once one of ours stands in the draft', async () => {
    const { host, word, result, feedback } = await open();
    expect((await applyClicked(host, fixes, library, result, await readAgain(host), feedback, result.findings, OPTIONS)).ok).toBe(true);
    const now = await readAgain(host);
    // The points after the changed clause, where they read now (our paragraphs went in before them).
    const added = word.doc.controls.reduce((n, c) => n + word.doc.indexOf(c.last) - word.doc.indexOf(c.first) + 1, 0);
    const moved = result.findings.flatMap((f) => (f.kind !== 'missing' && f.evidence[0] && f.evidence[0].paragraph > feedback.evidence[0]!.paragraph ? [{ ...f, evidence: [{ ...f.evidence[0], paragraph: f.evidence[0].paragraph + added }] }] : []));
    const other = moved.find((f) => {
      const c = fixes.clickedFix(library, result, now, f, result.findings, OPTIONS);
      return c?.kind === 'apply' && (c.placement.kind === 'whole' || c.placement.kind === 'part');
    });
    if (!other) throw new Error('no other point replaces a clause');
    // Before, Word's runtime answered this with "PropertyNotLoaded": the search for our clauses reloaded the paragraphs.
    expect(await applyClicked(host, fixes, library, result, now, other, result.findings, OPTIONS)).toMatchObject({ ok: true, value: { mode: 'replaced', tracked: true } });
    expect(word.doc.controls).toHaveLength(2);
  });
});

async function readAgain(host: ReturnType<typeof createWordHost>): Promise<DocModel> {
  const read = await host.readDocument({ revisions: true });
  if (!read.ok) throw new Error(JSON.stringify(read));
  return read.value;
}

// A supplier's evaluation agreement open in Word for us as the evaluator: its Restrictions clause
// draws a rewrite (our Test Data terms) and a carve-out (the tests our evaluation needs). A click on
// the carve-out's point puts in one change: the rewritten clause, then the carve-out numbered on.
describe('a rewrite and a carve-out for one clause of a draft open in Word', () => {
  async function openEvaluation() {
    const lines = readFileSync(path.join(__dirname, '../../fixtures/carve-out/evaluation.txt'), 'utf8').split('\n').filter((l) => l.trim());
    const { api, word } = realRuntimeWord(lines, '1.6');
    const host = createWordHost(api, 'en');
    const doc = await readAgain(host);
    const result = review(doc, { scenario: 'sample-testing', role: 'evaluator', library, playbooks });
    const barred = result.findings.find((f) => f.rule === 'one-sided.testing-barred')!;
    const locked = result.findings.find((f) => f.rule === 'one-sided.locked-results')!;
    return { host, word, doc, result, barred, locked };
  }

  it('go in as one tracked change, the carve-out after the rewrite', async () => {
    const { host, word, doc, result, barred, locked } = await openEvaluation();
    const clicked = await applyClicked(host, fixes, library, result, doc, barred, result.findings, OPTIONS);
    expect(clicked).toMatchObject({ ok: true, value: { key: 'fix.click.joined', params: { points: locked.message } } });
    // Each fix's own paragraphs; the rewrite's sentence on how long it lasts gives way to one naming its parts.
    // Beside 3.1 they are numbered 3.2 on (beside-label.ts), and what they say of their own sections names as many as go in together.
    const ownSections = (t: string) => t.replace(/\b(?:Each of )?Sections? 3\.\d{1,2}(?: (?:to|and) 3\.\d{1,2})?|\b[Tt]his Section\b/g, '§');
    const own = (f: typeof barred) => fixes.fixAlone(library, result, doc, f, OPTIONS)!.paragraphs.map((p) => ownSections(p.text)).filter((t) => !/^(?:In §|§ continues)/.test(t));
    word.doc.acceptAllChanges();
    const texts = word.doc.texts().map((t) => ownSections(t.replace(/^[^\t]*\t/, '')));
    const order = [...own(locked), ...own(barred)].map((line) => texts.indexOf(line));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    // Of the draft's Restrictions clause only the sentence the points are about is gone; its bans on
    // reverse engineering and competing products stand, and our terms follow it.
    expect(texts.some((t) => t.includes('shall not run any benchmark'))).toBe(false);
    const clause = texts.findIndex((t) => t.includes('reverse engineer or analyse the chemical composition of the Samples.'));
    expect(clause).toBeGreaterThanOrEqual(0);
    expect(texts[clause]).toContain('shall not develop, manufacture or sell any battery cell that competes with the Samples.');
    expect(clause).toBeLessThan(order[0]!);
  });

  it('with the testing point dismissed, our terms take only the sentence the points are about; the testing point, once restored, is not put in by a guess, its words gone with that sentence', async () => {
    const { host, word, doc, result, barred, locked } = await openEvaluation();
    const first = await applyClicked(host, fixes, library, result, doc, locked, result.findings.filter((f) => f !== barred), OPTIONS);
    expect(first).toMatchObject({ ok: true, value: { tracked: true } });
    const after = word.doc.texts();
    const second = await applyClicked(host, fixes, library, result, await readAgain(host), barred, result.findings, OPTIONS);
    expect(second).toEqual({ ok: false, error: { key: 'host.error.passageGone' }, done: [] });
    expect(word.doc.texts()).toEqual(after);
    word.doc.acceptAllChanges();
    expect(word.doc.texts().some((t) => t.includes('reverse engineer or analyse the chemical composition of the Samples.'))).toBe(true);
  });

  it('names the other point in the language the pane shows now, not the one the review ran in', async () => {
    const { host, doc, result, barred, locked } = await openEvaluation();
    const inChinese = say('zh-CN', locked.wording!.message);
    expect(inChinese).not.toBe(locked.message);
    const clicked = await applyClicked(host, fixes, library, result, doc, barred, result.findings, { ...OPTIONS, locale: 'zh-CN' });
    expect(clicked).toMatchObject({ ok: true, value: { key: 'fix.click.joined', params: { points: inChinese } } });
  });
});
