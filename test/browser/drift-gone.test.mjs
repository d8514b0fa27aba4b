/* global DataTransfer, File -- these run inside the page (page.evaluate) */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { serveDist, launch, guardedPage } from './support.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let server;
let browser;
let dir;

before(async () => {
  server = await serveDist();
  browser = await launch();
  dir = await mkdtemp(path.join(os.tmpdir(), 'drift-gone-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Terms we built, whose records also hold one fix of ours proposed as a tracked change and since
 * gone from the draft (its record's tag matches no clause): what a draft holds after the user
 * rejected a fix, or edited it past recognition.
 */
async function draftWithGoneFix() {
  const out = path.join(dir, 'built.docx');
  execFileSync(process.execPath, [path.join(root, 'bin', 'clausewright.js'), 'build', '--scenario', 'sample-testing', '--side', 'evaluator', '--out', out], { stdio: 'ignore' });
  const zip = await JSZip.loadAsync(await readFile(out));
  const name = Object.keys(zip.files).find((n) => /^customXml\/item\d+\.xml$/.test(n));
  assert.ok(name, 'the built terms carry their clause records');
  const xml = await zip.file(name).async('string');
  const gone = xml.replace(/<clause tag="[^"]+"([^>]*?) title="([^"]+)"/, '<clause tag="cw:gone-fix"$1 title="Gone fix" proposed="true"');
  assert.notEqual(gone, xml);
  zip.file(name, gone);
  return (await zip.generateAsync({ type: 'uint8array' })).reduce((s, b) => s + String.fromCharCode(b), '');
}

test('the drift panel names a fix of ours no longer found, keeps naming it on every check, and stops once the user forgets it, also after a reload', async () => {
  const { page, errors, outside, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('heading', { name: 'Clausewright' }).waitFor();
  const binary = await draftWithGoneFix();
  const drop = async () => {
    const dataTransfer = await page.evaluateHandle(
      ([b, name]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([Uint8Array.from(b, (c) => c.charCodeAt(0))], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
        return dt;
      },
      [binary, 'built-with-gone-fix.docx'],
    );
    await page.getByRole('region', { name: /drop a \.docx here/ }).dispatchEvent('drop', { dataTransfer });
    await page.getByText('built-with-gone-fix.docx').waitFor();
    await page.getByRole('tab', { name: 'Review' }).click();
    await page.getByRole('heading', { name: 'Our clauses in this document' }).waitFor({ timeout: 15_000 });
  };
  await drop();
  const said = page.getByText(/Our fixes no longer found in the document .*: Gone fix\./);
  await said.waitFor();
  // Checked again, the record is still there and the fix still named: a check removes nothing.
  await page.getByRole('button', { name: 'Check again' }).click();
  await said.waitFor();
  await page.getByRole('button', { name: 'Forget fixes no longer found' }).click();
  await said.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Check again' }).click();
  await page.getByRole('heading', { name: 'Our clauses in this document' }).waitFor();
  assert.equal(await said.count(), 0, 'a forgotten fix is not named again');
  // Kept for the document, as its proposals are: after a reload, the same file opened again names nothing.
  await page.reload();
  await page.getByRole('heading', { name: 'Clausewright' }).waitFor();
  await drop();
  await page.getByRole('button', { name: 'Check again' }).click();
  await page.getByRole('heading', { name: 'Our clauses in this document' }).waitFor();
  assert.equal(await said.count(), 0, 'a forgotten fix stays forgotten after a reload');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});
