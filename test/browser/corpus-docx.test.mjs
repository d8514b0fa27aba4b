/* global getComputedStyle -- runs inside the page (page.evaluate) */
// A counterparty's .docx from the shared corpus in the workspace: shown as Word shows it, and
// reviewed from the side the user chooses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { guardedPage, servedBrowser, shot } from './support.mjs';
import { seriousViolations } from './axe.mjs';
import { openPilot } from './pilot.mjs';

const at = servedBrowser();

test('a Common Paper form is shown as Word shows it: its list numbers, its tables, bold and underline only where its runs have them', async (t) => {
  const opened = await openPilot(at, t);
  if (!opened) return;
  const { page, outside, errors, context } = opened;
  const doc = page.getByRole('article', { name: /Document: contract_commonpaper_pilot_agreement/ });
  // The clause in a heading style that is not bold: its number as Word shows it, its title underlined,
  // a defined term bold, the rest in the body weight.
  const clause = doc.locator('h2, h3, p').filter({ hasText: /^1\.1 Access and Use\./ });
  await clause.waitFor();
  assert.equal(await clause.evaluate((el) => getComputedStyle(el).fontWeight), '400');
  assert.equal(await clause.locator('span').first().textContent(), '1.1 ');
  assert.match(await clause.locator('span[class]').nth(1).evaluate((el) => getComputedStyle(el).textDecorationLine), /underline/);
  assert.ok((await clause.locator('strong').count()) > 0, 'its defined terms are bold, as in the runs');
  assert.ok((await clause.locator('strong').allTextContents()).join('').length < 40);
  // The title is large but not bold in the draft; the Order Form is a table whose labels are bold.
  assert.equal(await doc.locator('#para-0').textContent(), 'Pilot Agreement');
  assert.equal(await doc.locator('#para-0 strong').count(), 0);
  assert.ok((await doc.locator('table').count()) > 0);
  await doc.locator('table td strong', { hasText: 'Effective Date' }).first().waitFor();
  await doc.locator('table td em', { hasText: 'Drafting note' }).first().waitFor();
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('a counterparty .docx from the corpus: the side is asked for, and Build never offers an example company', async (t) => {
  const opened = await openPilot(at, t);
  if (!opened) return;
  const { page, outside, errors, context } = opened;
  // The template names no company, so our side is not guessed: the user is told to choose it.
  await page.getByText('The document does not say which side is ours.', { exact: false }).waitFor();
  // The cover page's table is a table: "Product" and its description side by side in one row.
  const productRow = page.locator('article table tr').filter({ hasText: 'The Product available under this Order Form' }).first();
  assert.equal(await productRow.locator('td').count(), 2);
  assert.match(await productRow.locator('td').first().innerText(), /^Product$/);
  // A whole clause set in a heading style (as Common Paper numbers its terms) reads as body text, not bold.
  const clause = page.locator('article p').filter({ hasText: 'Feedback and Usage Data' }).first();
  assert.equal(await clause.evaluate((el) => getComputedStyle(el).fontWeight), '400');
  // Word's list numbers show before the text, as findings cite them ("section 1.5").
  assert.match(await page.locator('article p, article h2, article h3').filter({ hasText: 'Feedback and Usage Data' }).first().innerText(), /^1\.5\s+Feedback and Usage Data/);
  // Each severity badge keeps its own width beside a long finding title; it never runs under the title.
  for (const card of await page.locator('aside article[data-finding]').all()) {
    const badge = await card.locator('.fui-Badge').first().boundingBox();
    const title = await card.locator('.fui-Badge + *').first().boundingBox();
    assert.ok(badge && title && badge.x + badge.width <= title.x, 'the severity badge sits beside the title, whole');
  }
  await shot(page, '11-workspace-corpus-docx-review');
  assert.deepEqual(await seriousViolations(page), [], 'review of an opened .docx: no serious or critical accessibility violation');
  await page.getByRole('tab', { name: 'Build' }).click();
  await page.getByRole('button', { name: /Joint development/ }).click();
  const names = page.getByRole('textbox', { name: 'Full legal name' });
  await names.nth(1).waitFor();
  assert.equal(await names.nth(1).inputValue(), '');
  assert.match(await names.nth(1).getAttribute('placeholder'), /^e\.g\. /);
  await page.getByRole('alert').filter({ hasText: "Type the other side's full legal name" }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Download .docx' }).count(), 0, 'nothing to download until the parties are named');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('a draft that does not say which side is ours: an empty list of findings is not called all clear', async (t) => {
  const nda = new URL('../../../shared/corpus/docx/contract_bonterms_mutual_nda_cover.docx', import.meta.url);
  if (!existsSync(nda)) return void t.skip('the shared corpus is not beside the repository');
  const { page, outside, errors, context } = await guardedPage(at.browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`${at.server.base}/index.html`);
  await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 15_000 });
  await page.locator('input[type=file][data-picker=draft]').setInputFiles(fileURLToPath(nda));
  await page.getByText('contract_bonterms_mutual_nda_cover.docx').waitFor();
  await page.getByText('The document does not say which side is ours.', { exact: false }).waitFor({ timeout: 15_000 });
  // A mutual form names neither side as ours: the points that depend on our side wait for it, so "all clear" would mislead.
  // (Bonterms' filled cover page: Common Paper's leaves the governing law blank, a point for either side.)
  await page.getByText('No findings yet: choose our side above, and the terms are checked from it.').waitFor();
  assert.equal(await page.getByText('every term we check for is present and clear', { exact: false }).count(), 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});
