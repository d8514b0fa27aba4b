// The corpus pilot agreement opened in the workspace, and a clause proposed for one of its findings,
// for the browser tests of the review of a counterparty's .docx.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { guardedPage } from './support.mjs';

export const PILOT = new URL('../../../shared/corpus/docx/contract_commonpaper_pilot_agreement.docx', import.meta.url);

/** Opens the pilot agreement in the page, as a user picks a file, and waits until its name is shown. */
export async function openPilotFile(page) {
  await page.locator('input[type=file][data-picker=draft]').setInputFiles(fileURLToPath(PILOT));
  await page.getByText('contract_commonpaper_pilot_agreement.docx').waitFor();
}

/**
 * The pilot agreement opened in the workspace of `at` (servedBrowser), its review shown; null (test
 * skipped) without the corpus. `asEvaluator` reviews it as sample testing from the evaluator's side.
 */
export async function openPilot(at, t, { asEvaluator = false } = {}) {
  if (!existsSync(PILOT)) return void t.skip('the shared corpus is not beside the repository');
  const opened = await guardedPage(at.browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const { page } = opened;
  await page.goto(`${at.server.base}/index.html`);
  await page.getByRole('tablist').waitFor();
  await openPilotFile(page);
  await page.getByRole('tab', { name: 'Review' }).click();
  await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 15_000 });
  if (asEvaluator) await asEvaluatorOf(page, { choose: true });
  return opened;
}

/** Reviewed from the evaluator's side: the review is in when it says which party it took for ours. */
export async function asEvaluatorOf(page, { choose = false } = {}) {
  if (choose) {
    await page.getByRole('combobox', { name: 'Kind of deal' }).click();
    await page.getByRole('option', { name: /sample testing/i }).click();
  }
  await page.getByRole('radio', { name: 'We test their samples' }).check();
  await page.getByText('Read as: you are Customer', { exact: false }).waitFor({ timeout: 15_000 });
}

export const PROPOSED = 'Our clause is shown as proposed beside the passage';

/** The finding cards that offer our clause, once the first of them is shown. */
export async function fixCards(page) {
  const cards = page.locator('aside article[data-finding]').filter({ has: page.getByRole('button', { name: /with our clause/ }) });
  await cards.first().waitFor({ timeout: 15_000 });
  return cards;
}
export const PREPARING = 'Preparing our clause…';

/**
 * Clicks a finding card's "… with our clause" and waits for what the page says came of it: the
 * clause proposed in the document, or a message in the card saying why not. It waits as long as the
 * page takes (a loaded machine can take long), since the page itself gives up on code that does not
 * come; the bound is only a safety net. Fails with what the page said and logged, rather than
 * waiting out a timeout with nothing to go on.
 */
export async function proposeFix({ page, errors, logged }, card) {
  const id = await card.getAttribute('data-finding');
  const proposal = page.locator(`article ins[data-proposal="${id}"]`);
  const refusal = page.locator('aside .fui-MessageBar').filter({ hasNotText: PROPOSED });
  const said = async () =>
    `the panel said: ${(await page.locator('aside .fui-MessageBar').allInnerTexts()).join(' | ')}; the card said: ${(await card.getByRole('status').allInnerTexts()).join(' | ')}; proposals shown: ${await page.locator('article ins[data-proposal]').count()}; page errors: ${errors.join(' | ')}; console: ${logged.join(' | ')}`;
  // Whether the card ever said it was preparing our clause: a failure then tells a click the page
  // never got from one it got and did not finish.
  let preparing = 'no';
  void card
    .getByRole('status')
    .filter({ hasText: PREPARING })
    .waitFor({ timeout: 180_000 })
    .then(
      () => (preparing = 'yes'),
      () => undefined,
    );
  const button = card.getByRole('button', { name: /with our clause/ });
  await button.click();
  // The page answers a click at once (the card says it is preparing our clause). CI has seen a
  // click that changed nothing at all, with no message and no page error; a press moved by a render
  // is now answered (steadyPress), but that is not proven to be CI's cause. So a click unanswered in
  // 15 s is logged and made once more, as a user would: the log line tells the next stop it happened.
  const answered = proposal.or(refusal).or(card.getByRole('status').filter({ hasText: PREPARING })).first();
  const reached = await answered.waitFor({ timeout: 15_000 }).then(
    () => true,
    () => false,
  );
  if (!reached && (await proposal.count()) === 0 && (await button.isEnabled())) {
    console.log(`# the click on ${id} changed nothing on the page in 15 s; clicked again`);
    await button.click();
  }
  await proposal
    .or(refusal)
    .first()
    .waitFor({ timeout: 180_000 })
    .catch(async () => assert.fail(`the click on ${id} was not answered in three minutes (the card said it was preparing our clause: ${preparing}); ${await said()}`));
  if ((await proposal.count()) === 0) assert.fail(`no clause proposed for ${id}; ${await said()}`);
  await page.locator('aside [role=status]').filter({ hasText: PROPOSED }).waitFor();
  return proposal;
}
