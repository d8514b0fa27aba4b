import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, guardedPage, shot } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the standalone workspace renders and nothing leaves localhost', async () => {
  const { page, outside, errors, context } = await guardedPage(browser);
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('heading', { name: 'Clausewright' }).waitFor();
  await shot(page, '00-workspace-shell');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});
