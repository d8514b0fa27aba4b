// The workspace's English messages beyond its first paint (rule explanations, the views' words) are a
// chunk fetched after the page starts. Opening a .docx needs none of them: on a slow network the
// draft opens while the chunk is on its way, the review says it is loading and comes with the chunk;
// where the chunk cannot be fetched, the review says part of the page did not load, and a retry works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { guardedPage, servedBrowser } from './support.mjs';
import { PILOT } from './pilot.mjs';

const MESSAGES = /\/messages-en-rest\.[0-9a-f]+\.js$/;

const at = servedBrowser();

/**
 * The workspace page with the messages chunk answered by `answer(route)` for the page and its
 * workers alike (a context route: a worker's fetches are not the page's). The page's load event waits
 * for the chunk, so the page is taken as started once its tabs are drawn.
 */
async function startHeld(t, answer) {
  if (!existsSync(PILOT)) return void t.skip('the shared corpus is not beside the repository');
  const opened = await guardedPage(at.browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  let asked = 0;
  await opened.context.route(MESSAGES, (route) => {
    asked++;
    return answer(route);
  });
  await opened.page.goto(`${at.server.base}/index.html`, { waitUntil: 'domcontentloaded' });
  await opened.page.getByRole('tablist').waitFor();
  return { ...opened, asked: () => asked };
}

async function openPilotDocx(page) {
  await page.locator('input[type=file][data-picker=draft]').setInputFiles(fileURLToPath(PILOT));
  const doc = page.getByRole('article', { name: /Document: contract_commonpaper_pilot_agreement/ });
  await doc
    .locator('#para-0')
    .filter({ hasText: 'Pilot Agreement' })
    .waitFor({ timeout: 60_000 })
    .catch(async () => assert.fail(`the draft did not open; the bar says: ${await page.locator('header').innerText()}`));
  assert.equal(await page.getByText('Opening…').count(), 0, 'the bar no longer says the file is opening');
}

test('while the messages chunk is held, a .docx opens, the review says it is loading, and the findings come with the chunk', async (t) => {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let answered = false;
  const opened = await startHeld(t, async (route) => {
    await released;
    answered = true;
    await route.continue();
  });
  if (!opened) return;
  const { page, errors, outside, context } = opened;
  await openPilotDocx(page);
  assert.ok(opened.asked() > 0 && !answered, 'the chunk was asked for and is still held');
  await page.getByRole('tabpanel').getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
  assert.equal(await page.getByRole('list', { name: 'Findings by severity' }).count(), 0);
  release();
  await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 60_000 });
  assert.ok((await page.locator('aside article[data-finding]').count()) > 0, 'the pilot draft has findings');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('where the messages chunk cannot be fetched, a .docx still opens, the review says part of the page did not load, and reviewing again works once it can', async (t) => {
  let failing = true;
  const opened = await startHeld(t, (route) => (failing ? route.abort() : route.continue()));
  if (!opened) return;
  const { page, errors, outside, context } = opened;
  await openPilotDocx(page);
  const said = page.getByRole('alert').filter({ hasText: 'The review could not run: part of the page did not load' });
  await said.waitFor({ timeout: 60_000 });
  assert.doesNotMatch(await said.innerText(), /unexpected error/);
  // The connection comes back: asked again, the review fetches the chunk and words its findings in it.
  failing = false;
  await page.getByRole('button', { name: /^Review( again)?$/ }).click();
  await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 60_000 });
  assert.equal(await said.count(), 0, 'the failure is no longer shown');
  const titles = await page.locator('aside article[data-finding]').allInnerTexts();
  assert.ok(titles.length > 0, 'the pilot draft has findings');
  // A message missing from the page shows as its key (review.<rule>.<what>); none is.
  assert.deepEqual(
    titles.filter((text) => /\b(review|rules|ui)\.[\w-]+\.[\w.-]+/.test(text)),
    [],
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});
