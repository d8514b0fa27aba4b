/* global window, document -- these run inside the page (page.evaluate) */
// A finding card's "… with our clause": a press is answered even when the page moves under a still
// pointer before the release, and what came of it is said in the card, where the user is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedBrowser, shot } from './support.mjs';
import { openPilot, proposeFix, fixCards, PREPARING, PROPOSED } from './pilot.mjs';

/** The chunk that fills our clause and makes the issues list. */
const FIXES = /\/fixes\.[0-9a-f]+\.js$/;

const at = servedBrowser();

/** A route on the fixes chunk held until `release()`, then answered by `then(route)`; `asked` settles when the page asks for it. */
async function holdFixes(page, then) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let seen;
  const asked = new Promise((resolve) => (seen = resolve));
  await page.route(FIXES, async (route) => {
    seen();
    await released;
    await then(route);
  });
  return { release, asked };
}

test('a press on "… with our clause" is answered though a message above moves the card before the release', async (t) => {
  const opened = await openPilot(at, t, { asEvaluator: true });
  if (!opened) return;
  const { page, outside, context } = opened;
  const card = (await fixCards(page)).first();
  const id = await card.getAttribute('data-finding');
  const button = card.getByRole('button', { name: /with our clause/ });
  // The issues list waits on the code it needs; when that fails, the panel says so above the list,
  // and everything below moves down. The press is made while it waits, the release after the message.
  const issues = await holdFixes(page, (route) => route.abort());
  await page.getByRole('button', { name: 'Download issues list (.docx)' }).click();
  await issues.asked;
  const before = await button.boundingBox();
  const node = await button.elementHandle();
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  issues.release();
  const failed = page.locator('aside [role=alert]').filter({ hasText: 'The issues list could not be made' });
  await failed.waitFor();
  await page.unroute(FIXES);
  const after = await button.boundingBox();
  assert.ok(after.y - before.y > before.height, `the message moved the button from under the pointer (${before.y} to ${after.y})`);
  assert.ok(await node.evaluate((n) => n.isConnected), 'the button is the one pressed, not drawn anew');
  // Our clause's code is held this time until the card has answered the click.
  const fix = await holdFixes(page, (route) => route.continue());
  await page.mouse.up();
  await card
    .getByRole('status')
    .filter({ hasText: PREPARING })
    .waitFor({ timeout: 30_000 })
    .catch(() => assert.fail(`the press on ${id}, released where it began, was not answered`));
  fix.release();
  await page.locator(`article ins[data-proposal="${id}"]`).waitFor({ timeout: 180_000 });
  await card.getByRole('status').filter({ hasText: PROPOSED }).waitFor();
  // The issues list's message says why it failed in words a user can act on.
  assert.match(await failed.innerText(), /part of the page did not load/);
  // Asked again once the code comes, the list is made and the old failure is no longer shown.
  const [list] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Download issues list (.docx)' }).click()]);
  assert.match(list.suggestedFilename(), /\.docx$/);
  assert.equal(await failed.count(), 0, 'the failure of the first try is still shown after the second worked');
  assert.deepEqual(outside, []);
  await context.close();
});

test('a press taken back by moving the pointer off the button is not a click', async (t) => {
  const opened = await openPilot(at, t, { asEvaluator: true });
  if (!opened) return;
  const { page, outside, context } = opened;
  const card = (await fixCards(page)).first();
  const box = await card.getByRole('button', { name: /with our clause/ }).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 60, { steps: 5 });
  await page.mouse.up();
  // Whatever a click would have done is said at once (the card says it is preparing our clause);
  // a render later shows nothing of it. Dismiss, clicked after, is answered, so the page is live.
  await page.evaluate(() => new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(resolve))));
  assert.equal(await card.getByRole('status').count(), 0, 'nothing was started');
  const id = await card.getAttribute('data-finding');
  await card.getByRole('button', { name: 'Dismiss' }).click();
  await page.locator(`aside article[data-finding="${id}"]`).waitFor({ state: 'detached' });
  assert.deepEqual(outside, []);
  await context.close();
});

/** Whether the element's box lies within the window and within the panel's visible part. */
function inSight(selector) {
  const el = document.querySelector(selector);
  const r = el?.getBoundingClientRect();
  const aside = document.querySelector('aside')?.getBoundingClientRect();
  if (!r || !aside) return false;
  const top = Math.max(0, aside.top);
  const bottom = Math.min(window.innerHeight, aside.bottom);
  return r.top >= top - 0.5 && r.bottom <= bottom + 0.5 && r.left >= -0.5 && r.right <= window.innerWidth + 0.5;
}

for (const { width, height } of [
  { width: 1280, height: 900 },
  { width: 320, height: 800 },
]) {
  test(`at ${width} pixels wide, what came of "… with our clause" on a card far down the list is said in that card, in view`, async (t) => {
    const opened = await openPilot(at, t, { asEvaluator: true });
    if (!opened) return;
    await opened.page.setViewportSize({ width, height });
    const { page, outside, errors, context } = opened;
    const id = await (await fixCards(page)).last().getAttribute('data-finding');
    const card = page.locator(`aside article[data-finding="${id}"]`);
    await card.getByRole('button', { name: /with our clause/ }).scrollIntoViewIfNeeded();
    // Far down: the top of the panel, where messages used to be said, is out of view.
    assert.equal(await page.evaluate(inSight, 'aside h2'), false, 'the panel top is out of view');
    await proposeFix(opened, card);
    const said = card.getByRole('status').filter({ hasText: PROPOSED });
    await said.waitFor();
    await said.scrollIntoViewIfNeeded();
    assert.ok(await page.evaluate(inSight, `aside article[data-finding="${id}"] .fui-MessageBar`), 'the message is in view in the card');
    assert.equal(await page.locator('aside [role=status]').filter({ hasText: PROPOSED }).count(), 1, 'said once, in the card');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width, 'the message makes the page no wider than the window');
    await shot(page, `13-card-message-${width}px`);
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
    await context.close();
  });
}
