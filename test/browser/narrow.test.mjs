/* global document -- these run inside the page (page.evaluate) */
// The workspace on a 320-pixel phone with a real counterparty draft open: nothing lies outside the
// window, and the bar still says which file is open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { servedBrowser, guardedPage, shot } from './support.mjs';

const served = servedBrowser();

const PILOT = new URL('../../../shared/corpus/docx/contract_commonpaper_pilot_agreement.docx', import.meta.url);

test('at 320 pixels wide a corpus .docx with its review fits the window, and its file name is readable', async (t) => {
  if (!existsSync(PILOT)) return void t.skip('the shared corpus is not beside the repository');
  const { page, outside, errors, context } = await guardedPage(served.browser, { viewport: { width: 320, height: 800 }, locale: 'en-GB' });
  await page.goto(`${served.server.base}/index.html`);
  await page.getByRole('tablist').waitFor();
  await page.locator('input[type=file][data-picker=draft]').setInputFiles(fileURLToPath(PILOT));
  // The bar gains the downloads and the other-language button once the draft is reviewed.
  await page.getByRole('button', { name: 'Download revised draft' }).waitFor({ timeout: 20_000 });
  await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 20_000 });
  const outsideWindow = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < -0.5 || box.right > 320.5))
      .map(({ el, box }) => `${el.tagName} "${el.textContent.slice(0, 30)}" ${Math.round(box.left)}..${Math.round(box.right)}`),
  );
  assert.deepEqual(outsideWindow, [], 'nothing lies outside the 320-pixel window');
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
  const name = await page.getByText('contract_commonpaper_pilot_agreement.docx').boundingBox();
  assert.ok(name && name.width >= 120, `the file name shows more than its first letters (${JSON.stringify(name)})`);
  for (const label of ['Open a .docx', 'Download revised draft', 'Open its other language version']) {
    const box = await page.getByRole('button', { name: label }).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 320, `"${label}" lies within the window (${JSON.stringify(box)})`);
  }
  await shot(page, '10b-workspace-320px-docx');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});
