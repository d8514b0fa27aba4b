/* global window, document -- these run inside the page (page.evaluate) */
// The clauses proposed for a counterparty's .docx: shown in place, kept per document, undone one by
// one, and sent back as a revised draft with tracked changes and comments, and as an issues list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { servedBrowser, shot } from './support.mjs';
import { openPilot, openPilotFile, asEvaluatorOf, proposeFix, PREPARING } from './pilot.mjs';

/** The chunk that fills our clause, and what the card says when it does not come. */
const FIXES = /\/fixes\.[0-9a-f]+\.js$/;
const NOT_FETCHED = 'Our clause could not be prepared: part of the page did not load';

const at = servedBrowser();

test('a counterparty .docx comes back redlined: the clause we proposed as a tracked change, the findings as comments', async (t) => {
  const opened = await openPilot(at, t, { asEvaluator: true });
  if (!opened) return;
  const { page, outside, errors, context } = opened;
  // The free-use feedback term in 1.5 is replaced with our feedback clause.
  const feedback = page.locator('aside article[data-finding^="one-sided.free-feedback"]').first();
  await feedback.waitFor({ timeout: 15_000 });
  assert.match(await feedback.getByRole('button', { name: /with our clause/ }).innerText(), /^Replace with our clause$/);
  await proposeFix(opened, feedback);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download revised draft' }).click()]);
  assert.equal(download.suggestedFilename(), 'contract_commonpaper_pilot_agreement (revised).docx');
  await page.getByRole('status').filter({ hasText: /Revised draft downloaded \(tracked changes: 1, comments: \d+\)\./ }).waitFor();
  assert.ok(await page.getByRole('button', { name: 'Download revised draft' }).isEnabled());
  await shot(page, '12-workspace-revised-draft');
  const bytes = await readFile(await download.path());
  // mammoth shows insertions: our feedback clause is in, numbered as the draft's 1.5, after what
  // 1.5 keeps of its own ("Feedback and Usage Data": only its feedback sentences are replaced).
  const { value: text } = await mammoth.extractRawText({ buffer: bytes });
  assert.match(text, /Feedback and Usage Data\.\s+In addition, Provider may collect and analyze Usage Data[^\n]*\n\n1\.5\.1\t/);
  assert.match(text, /Customer is not obliged to give Feedback\./);
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml').async('string');
  assert.match(document, /<w:del w:id="\d+" w:author="Clausewright"/);
  const comments = await zip.file('word/comments.xml').async('string');
  assert.ok((comments.match(/<w:comment /g) ?? []).length >= 2, 'each finding still shown is a comment');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('a clause that cannot be prepared is not a silent click: the card says it is being prepared, then it says why and nothing is proposed', async (t) => {
  const opened = await openPilot(at, t, { asEvaluator: true });
  if (!opened) return;
  const { page, outside, context } = opened;
  const card = page.locator('aside article[data-finding]').filter({ has: page.getByRole('button', { name: /with our clause/ }) }).first();
  await card.waitFor({ timeout: 15_000 });
  const id = await card.getAttribute('data-finding');
  // The code that fills our clause is fetched on the first click; here the fetch is held until the
  // card has said it is preparing our clause, then fails, as on a dropped connection.
  let seen;
  const preparingSeen = new Promise((resolve) => (seen = resolve));
  await page.route(FIXES, async (route) => {
    await preparingSeen;
    await route.abort();
  });
  await card.getByRole('button', { name: /with our clause/ }).click();
  await card.getByRole('status').filter({ hasText: PREPARING }).waitFor();
  assert.ok(await card.getByRole('button', { name: /with our clause/ }).isDisabled(), 'a second click waits for the first');
  seen();
  await card.getByRole('alert').filter({ hasText: NOT_FETCHED }).waitFor();
  assert.equal(await card.getByRole('status').count(), 0, 'the card no longer says it is preparing');
  assert.equal(await page.locator(`article ins[data-proposal="${id}"]`).count(), 0);
  // The card can be tried again once the fetch works.
  await page.unroute(FIXES);
  await proposeFix(opened, card);
  assert.deepEqual(outside, []);
  await context.close();
});

test('code that never arrives is given up after a while: the card says so, and the next click takes it once it comes', async (t) => {
  const opened = await openPilot(at, t, { asEvaluator: true });
  if (!opened) return;
  const { page, outside, context } = opened;
  const card = page.locator('aside article[data-finding]').filter({ has: page.getByRole('button', { name: /with our clause/ }) }).first();
  await card.waitFor({ timeout: 15_000 });
  // The fetch hangs, as on a stalled connection: nothing answers it until the test lets it go.
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let answered;
  const continued = new Promise((resolve) => (answered = resolve));
  await page.route(FIXES, async (route) => {
    await released;
    await route.continue();
    answered();
  });
  await assert.rejects(proposeFix(opened, card), new RegExp(`no clause proposed for .*the panel said: ${NOT_FETCHED}`));
  // Let the fetch go on; the code it brings is kept for the next click.
  release();
  await continued;
  await page.unroute(FIXES);
  await proposeFix(opened, card);
  assert.deepEqual(outside, []);
  await context.close();
});

test('a clause proposed is brought into view, and what the download says follows a change of language', async (t) => {
  const opened = await openPilot(at, t, { asEvaluator: true });
  if (!opened) return;
  const { page, outside, errors, context } = opened;
  const card = page.locator('aside article[data-finding]').filter({ has: page.getByRole('button', { name: /with our clause/ }) }).first();
  await card.waitFor({ timeout: 15_000 });
  const id = await card.getAttribute('data-finding');
  // Its passage is further down the draft than the window shows: the user would not see the clause go in.
  const inView = (selector) => {
    const r = document.querySelector(selector)?.getBoundingClientRect();
    return !!r && r.top < window.innerHeight && r.bottom > 0;
  };
  assert.equal(await page.evaluate(inView, `article mark[data-finding="${id}"]`), false);
  await proposeFix(opened, card);
  await page.getByRole('status').filter({ hasText: 'Download revised draft" puts the clause in as a tracked change' }).waitFor();
  await page.waitForFunction(inView, `article ins[data-proposal="${id}"]`, { timeout: 5_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download revised draft' }).click()]);
  assert.match(download.suggestedFilename(), /\(revised\)\.docx$/);
  await page.getByRole('status').filter({ hasText: /^Revised draft downloaded/ }).waitFor();
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: /中文/ }).first().click();
  await page.getByRole('status').filter({ hasText: /^修订稿已下载：1 处修订/ }).waitFor();
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('two clauses proposed, the page reloaded, one undone: the revised draft and the issues list read back with the one kept', async (t) => {
  const opened = await openPilot(at, t, { asEvaluator: true });
  if (!opened) return;
  const { page, outside, errors, context } = opened;
  const cards = page.locator('aside article[data-finding]').filter({ has: page.getByRole('button', { name: /with our clause/ }) });
  await cards.first().waitFor({ timeout: 15_000 });
  assert.ok((await cards.count()) >= 2, 'at least two findings offer our clause');
  const ids = [await cards.nth(0).getAttribute('data-finding'), await cards.nth(1).getAttribute('data-finding')];
  for (const id of ids) await proposeFix(opened, page.locator(`aside article[data-finding="${id}"]`));
  const proposals = page.locator('article ins[data-proposal]');
  const proposal = (id) => page.locator(`article ins[data-proposal="${id}"]`);
  // Each proposal's first paragraph of clause text, to find it in what is downloaded.
  const firstLine = async (id) => (await proposal(id).locator('span').first().innerText()).replace(/^\S+\s/, '').slice(0, 60);
  const [undone, kept] = [await firstLine(ids[0]), await firstLine(ids[1])];
  assert.notEqual(undone, kept);

  // Reloaded, the page shows its sample; the same draft opened again gets its two proposals back, as they were.
  await page.reload();
  await page.getByRole('tablist').waitFor();
  await openPilotFile(page);
  await proposal(ids[1]).waitFor();
  assert.equal(await proposals.count(), 2);
  assert.equal(await firstLine(ids[0]), undone);
  assert.equal(await firstLine(ids[1]), kept);

  // One is undone; the other stays, and so it is after another reload.
  await proposal(ids[0]).getByRole('button', { name: 'Undo' }).click();
  await proposal(ids[0]).waitFor({ state: 'detached' });
  assert.equal(await proposals.count(), 1);
  await page.reload();
  await page.getByRole('tablist').waitFor();
  await openPilotFile(page);
  await proposal(ids[1]).waitFor();
  assert.equal(await proposals.count(), 1, 'the undone proposal stays undone after a reload');
  await page.getByRole('tab', { name: 'Review' }).click();
  await asEvaluatorOf(page);

  // The revised draft: one tracked change by us, each finding still shown a comment. Read back (mammoth
  // shows insertions), the kept proposal's clause is in it and the undone one's is not.
  const [revised] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download revised draft' }).click()]);
  await page.getByRole('status').filter({ hasText: /Revised draft downloaded \(tracked changes: 1, comments: \d+\)\./ }).waitFor();
  const zip = await JSZip.loadAsync(await readFile(await revised.path()));
  const document = await zip.file('word/document.xml').async('string');
  assert.match(document, /<w:ins w:id="\d+" w:author="Clausewright"/);
  assert.ok(((await zip.file('word/comments.xml').async('string')).match(/<w:comment /g) ?? []).length >= 2, 'the findings are comments');
  const flat = (s) => s.replace(/\s+/g, ' ');
  const { value: draft } = await mammoth.extractRawText({ path: await revised.path() });
  assert.ok(flat(draft).includes(flat(kept)), `the kept proposal is in the revised draft: ${kept}`);
  assert.ok(!flat(draft).includes(flat(undone)), `the undone proposal is not: ${undone}`);

  // The issues list, read back: a row for each point, with the kept clause as the text we propose.
  const [issues] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download issues list (.docx)' }).click()]);
  const { value: list } = await mammoth.extractRawText({ path: await issues.path() });
  assert.match(list, /Proposed text/);
  assert.ok(flat(list).includes(flat(kept)), 'the issues list proposes the kept clause');
  for (const id of ids) {
    const title = await page.locator(`aside article[data-finding="${id}"] .fui-Badge + *`).first().innerText();
    assert.ok(flat(list).includes(flat(title)), `the issues list has the point "${title}"`);
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});
