/* global window, DOMException -- these run inside the page (page.evaluate) */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import AxeBuilder from '@axe-core/playwright';
import { serveDist, launch, guardedPage, shot } from './support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server;
let browser;
let dir;
let files;

before(async () => {
  server = await serveDist();
  browser = await launch();
  // Two files as a user would send them: a drawing (binary) and a specification whose name holds a comma.
  dir = await mkdtemp(path.join(tmpdir(), 'cw-prepare-'));
  files = [path.join(dir, 'module housing drawing rev C.png'), path.join(dir, 'cell specification, rev 3.txt')];
  await copyFile(path.join(root, 'assets/icon-128.png'), files[0]);
  await writeFile(files[1], 'LFP prismatic cell 280 Ah\nNominal voltage 3.2 V\nCycle life 8000 cycles at 25 °C, 0.5C/0.5C, 70% end-of-life capacity\n');
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Serious and critical accessibility violations (Fluent's hidden focus sentinels excluded, as in workspace.test.mjs). */
async function seriousViolations(page) {
  const { violations } = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}

/** What `sha256sum` prints for the file: the reference the page's fingerprint must equal. */
const sha256sum = (file) => execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0];

test('samples already sent: the gate recommends disclosure terms that cover them, with the fingerprinted record as their schedule', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  // Every request the page makes, to check that fingerprinting and exports stay on this machine.
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('tab', { name: 'Prepare' }).click();

  await page.getByRole('textbox', { name: 'Name of the deal' }).fill('Marine modules, Norway');
  await page.getByRole('textbox', { name: 'The other side' }).fill('Aurelia Energy Storage B.V.');
  await page.getByRole('textbox', { name: /Which overseas market/ }).fill('Norway');
  await page.getByRole('textbox', { name: /Which product line/ }).fill('marine LFP battery modules');
  await page.getByRole('radio', { name: 'Partly' }).check();
  await page.getByRole('checkbox', { name: 'Samples are being sent' }).check();
  await page.getByRole('checkbox', { name: 'Tests are being run' }).check();
  await page.getByRole('checkbox', { name: 'Samples', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Drawings, data or other information' }).check();
  await page.getByRole('radio', { name: 'Nothing yet' }).check();
  const result = page.getByRole('region', { name: /^First: / });
  await result.getByRole('heading', { name: 'First: Pre-deal disclosure' }).waitFor();
  const advice = await result.innerText();
  assert.match(advice, /Information or samples already went out with nothing signed/);
  assert.match(advice, /what was already sent before signing, marked or not/);
  assert.match(advice, /Samples shipped with no agreement/);
  assert.match(advice, /batch or serial numbers/);
  assert.match(advice, /Then\s+Sample testing/);

  // Two files picked from disk: fingerprinted in the page, equal to sha256sum's, and never uploaded.
  await page.getByRole('textbox', { name: 'Why it is sent' }).fill('fit check of the module housing and cell selection');
  await page.getByRole('textbox', { name: 'Sent to' }).fill('Pieter de Vries, Aurelia engineering');
  await page.getByRole('textbox', { name: 'Approved by' }).fill('Li Wei, chief engineer');
  await page.getByLabel('Date sent or to be sent').fill('2026-11-02');
  const before = requests.length;
  await page.locator('input[type=file][multiple]').setInputFiles(files);
  await page.getByText('Added 2 to the record.').waitFor();
  const shown = await page.locator('[data-sha256]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sha256')));
  const expected = files.map(sha256sum);
  assert.deepEqual([...shown].sort(), [...expected].sort(), 'each fingerprint equals sha256sum of the same file');
  await shot(page, '20-prepare-readiness-and-record');
  assert.deepEqual(await seriousViolations(page), [], 'prepare view: no serious or critical accessibility violation');

  // The record as CSV: a byte order mark, the comma in the name quoted, both fingerprints.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the record (.csv)' }).click()]);
  const csv = await readFile(await csvDownload.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFFNo.,Item,Kind,Classification,Purpose,Recipient,Approved by,Date,SHA-256\r\n'));
  assert.match(csv, new RegExp(`"cell specification, rev 3\\.txt",File,Confidential,.*,2026-11-02,${expected[1]}\\r\\n`));
  assert.match(csv, new RegExp(`module housing drawing rev C\\.png,File,Confidential,.*,${expected[0]}\\r\\n`));
  const [recordDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the record (.docx)' }).click()]);
  const { value: recordText } = await mammoth.extractRawText({ path: await recordDownload.path() });
  assert.match(recordText, /Disclosure record: Marine modules, Norway/);
  for (const h of expected) assert.ok(recordText.includes(h));

  // Build: sample testing waits at the gate, which recommends the disclosure terms first.
  await page.getByRole('tab', { name: 'Build' }).click();
  await page.getByRole('button', { name: /Sample testing/ }).click();
  const gate = page.getByRole('region', { name: 'Before these terms' });
  await gate.getByText('Put pre-deal disclosure terms in place first, covering what was already sent').waitFor();
  assert.match(await gate.innerText(), /Sample testing terms deal with the samples/);
  await shot(page, '21-build-gate');
  assert.deepEqual(await seriousViolations(page), [], 'build view with the gate: no serious or critical accessibility violation');
  await gate.getByRole('button', { name: 'Build pre-deal disclosure terms' }).click();
  await page.getByRole('button', { name: /Pre-deal disclosure/, pressed: true }).waitFor();
  await page.getByRole('textbox', { name: 'What they may use our materials for' }).fill('evaluating a supply of battery modules for marine vessels');
  await page.getByRole('textbox', { name: 'Field of use' }).fill('battery systems for marine vessels');
  await page.getByRole('textbox', { name: 'The samples or materials' }).fill('module housing drawings and cell specifications');
  await page.getByRole('list', { name: 'Clauses in the plan' }).waitFor();
  await page.getByText('The disclosure record of the deal "Marine modules, Norway" in Prepare (2 items) is the schedule of these terms.').waitFor();
  const [termsDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .docx' }).click()]);
  const { value: terms } = await mammoth.extractRawText({ path: await termsDownload.path() });
  assert.match(terms, /Confidential Disclosure Agreement/);
  assert.match(terms, /Each item that the Disclosure Record lists with a date before the Effective Date/);
  const schedule = terms.indexOf('Schedule 1: Disclosure Record');
  assert.ok(schedule > terms.lastIndexOf('For and on behalf of'), 'the record is a schedule after the signatures');
  const tail = terms.slice(schedule);
  for (const [i, file] of files.entries()) {
    assert.ok(tail.includes(path.basename(file)), `${path.basename(file)} is listed in the schedule`);
    assert.ok(tail.includes(expected[i]), `its fingerprint is listed in the schedule`);
  }
  await shot(page, '22-build-disclosure-terms');

  // Fingerprinting and exports asked only this page's own server for anything (its lazily loaded chunks).
  const during = requests.slice(before);
  assert.ok(during.length > 0, 'the requests were recorded');
  assert.deepEqual(during.filter((u) => new URL(u).origin !== server.base), []);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);

  // What was typed is kept for the deal across a reload.
  await page.reload();
  await page.getByRole('tab', { name: 'Prepare' }).click();
  assert.equal(await page.getByRole('textbox', { name: /Which overseas market/ }).inputValue(), 'Norway');
  assert.equal(await page.locator('[data-sha256]').count(), 2);
  await context.close();
});

test('partner checks are kept per deal, the memo says what was and was not checked, and a full storage is said with an export offered', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('tab', { name: 'Prepare' }).click();
  await page.getByRole('textbox', { name: 'The other side' }).fill('Aurelia Energy Storage B.V.');
  const sanctions = page.getByRole('group', { name: 'Restricted-party and sanctions lists' });
  await sanctions.getByRole('radio', { name: 'Checked, nothing found' }).check();
  await sanctions.getByLabel('Date of the check').fill('2026-11-28');
  await sanctions.getByRole('textbox', { name: 'What you found, and where' }).fill('No match for Aurelia or its parent on the US, EU, UK or UN lists, searched 28 November 2026.');
  const [memo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the memo (.docx)' }).click()]);
  const { value: text } = await mammoth.extractRawText({ path: await memo.path() });
  assert.match(text, /Partner due diligence: Aurelia Energy Storage B\.V\./);
  assert.match(text, /Checked: 1 of 5/);
  assert.match(text, /Restricted-party and sanctions lists: checked, nothing of concern found/);
  assert.match(text, /Checked on 2026-11-28\./);
  assert.match(text, /Not checked: 4/);
  assert.match(text, /Credit standing: not checked/);
  assert.match(text, /searched no source itself/);

  // Sample batches entered out of date order are listed by date; removing one removes that one.
  await page.getByRole('textbox', { name: 'Why it is sent' }).fill('bench cycling tests');
  await page.getByRole('textbox', { name: 'Sent to' }).fill('Aurelia test laboratory');
  await page.getByRole('textbox', { name: 'Approved by' }).fill('Li Wei, chief engineer');
  for (const [date, batch] of [
    ['2026-11-20', 'Batch LFP-280-2611, 8 cells'],
    ['2026-10-20', 'Batch LFP-280-2610, 12 cells'],
  ]) {
    await page.getByLabel('Date sent or to be sent').fill(date);
    await page.getByRole('textbox', { name: /Sample batch/ }).fill(batch);
    await page.getByRole('button', { name: 'Add the batch' }).click();
  }
  const items = page.getByRole('list', { name: /Items in the record/ });
  assert.deepEqual(await items.locator('strong').allInnerTexts(), ['1. Batch LFP-280-2610, 12 cells', '2. Batch LFP-280-2611, 8 cells']);
  await page.getByRole('button', { name: 'Remove Batch LFP-280-2610, 12 cells' }).click();
  assert.deepEqual(await items.locator('strong').allInnerTexts(), ['1. Batch LFP-280-2611, 8 cells']);

  // A second deal starts empty; the first keeps its checks.
  await page.getByRole('button', { name: 'New deal' }).click();
  assert.equal(await page.getByRole('textbox', { name: 'The other side' }).inputValue(), '');
  assert.equal(await page.getByRole('group', { name: 'Restricted-party and sanctions lists' }).getByRole('radio', { name: 'Not checked' }).isChecked(), true);

  // Storage full: every write of the deal fails, the view says so and offers the deal as a file.
  await page.evaluate(() => {
    const setItem = window.Storage.prototype.setItem;
    window.Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('clausewright.prepare')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.getByRole('textbox', { name: 'The other side' }).fill('Nordhavn Storage Systems GmbH');
  await page.getByText('This deal could not be saved in this browser').waitFor();
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the deal as a file' }).click()]);
  const deal = JSON.parse(await readFile(await saved.path(), 'utf8'));
  assert.equal(deal.counterparty, 'Nordhavn Storage Systems GmbH');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});
