/* global window, document, getComputedStyle, atob, DataTransfer, File, DOMException, Worker -- these run inside the page (page.evaluate) */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, guardedPage, shot } from './support.mjs';
import { seriousViolations } from './axe.mjs';
import { proposeFix } from './pilot.mjs';

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

test('the workspace opens on the sample draft with its review shown, and a finding can be followed into the text', async () => {
  const opened = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const { page, outside, errors, context } = opened;
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('heading', { name: 'Clausewright' }).waitFor();
  await page.getByRole('article', { name: /Document: Joint Development Agreement/ }).waitFor();
  assert.equal(await page.evaluate(() => typeof window.Office), 'undefined', 'the workspace does not load Office.js');

  // The review runs by itself on the sample: the summary and findings grouped by topic appear.
  const summary = page.getByRole('list', { name: 'Findings by severity' });
  await summary.waitFor({ timeout: 15_000 });
  const findings = page.locator('aside article[data-finding]');
  assert.ok((await findings.count()) >= 3, `expected several findings on the sample, saw ${await findings.count()}`);
  const panelText = await page.locator('aside').innerText();
  assert.match(panelText, /Joint ownership/i, 'the bare "jointly owned" clause is flagged under its topic');
  assert.match(await page.getByRole('combobox', { name: 'Kind of deal' }).innerText(), /joint development/i);
  // Numbers typed in the text are shown once, not again as a list label beside them.
  const view = await page.getByRole('article', { name: /Document: Joint Development Agreement/ }).innerText();
  assert.match(view, /1\.1 "Background IP"/);
  assert.doesNotMatch(view, /1\.1\s+1\.1|\(A\)\s+\(A\)/, 'a typed clause number is not doubled');
  await shot(page, '01-workspace-review');
  assert.deepEqual(await seriousViolations(page), [], 'review view: no serious or critical accessibility violation');

  // Following a finding: its passage in the document is marked and brought into view.
  const jointly = findings.filter({ hasText: 'jointly owned' }).first();
  const id = await jointly.getAttribute('data-finding');
  await jointly.getByRole('button', { name: /Show in the document/ }).click();
  const mark = page.locator(`article mark[data-finding="${id}"]`);
  await mark.waitFor();
  assert.match(await mark.innerText(), /jointly owned/);
  await page.waitForTimeout(600); // smooth scrolling settles
  assert.ok(await mark.isVisible());
  const outline = await mark.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(outline, 'solid', 'the chosen passage is outlined');
  const box = await mark.boundingBox();
  assert.ok(box && box.y > 0 && box.y < 900, 'the chosen passage is scrolled into view');
  await shot(page, '02-workspace-finding-highlighted');

  // And the other way: a marked passage in the document chooses its finding in the panel.
  const residuals = page.locator('article mark', { hasText: 'unaided memory' }).first();
  const residualId = await residuals.getAttribute('data-finding');
  await residuals.click();
  await page.locator(`aside article[data-finding="${residualId}"][data-active]`).waitFor();
  // By keyboard as well: a marked passage takes focus, and Enter opens its finding.
  const promptly = page.locator('article mark', { hasText: 'promptly' }).first();
  const promptlyId = await promptly.getAttribute('data-finding');
  await promptly.focus();
  await page.keyboard.press('Enter');
  await page.locator(`aside article[data-finding="${promptlyId}"][data-active]`).waitFor();

  // Replacing with our clause shows the vetted clause, filled for this draft, as a proposal beside the passage.
  assert.equal(await jointly.getByRole('button', { name: /with our clause/ }).innerText(), 'Replace with our clause');
  const proposal = await proposeFix(opened, jointly);
  assert.match(await proposal.innerText(), /Qingtai/);
  assert.doesNotMatch(await proposal.innerText(), /\{\{/);
  await proposal.scrollIntoViewIfNeeded();
  await shot(page, '02b-workspace-fix-proposed');

  // Dismissing a finding hides it and is remembered for this document after a reload.
  const before = await findings.count();
  await jointly.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await findings.count(), before - 1);
  await page.reload();
  await summary.waitFor({ timeout: 15_000 });
  assert.equal(await page.locator(`aside article[data-finding="${id}"]`).count(), 0, 'dismissal survives a reload');
  await page.getByRole('button', { name: /Show 1 dismissed/ }).click();
  assert.equal(await page.locator(`aside article[data-finding="${id}"]`).count(), 1);

  // The review report reads back with the finding's quote in it.
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export report (.docx)' }).click()]);
  assert.match(report.suggestedFilename(), /^Review of .*\.docx$/);
  const { value: reportText } = await mammoth.extractRawText({ path: await report.path() });
  assert.match(reportText, /jointly owned/);

  // So does the issues list: a table with its header row, the quote, and the fix naming the draft's parties.
  const [issues] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download issues list (.docx)' }).click()]);
  assert.match(issues.suggestedFilename(), /^Issues list for .*\.docx$/);
  const { value: issuesHtml } = await mammoth.convertToHtml({ path: await issues.path() });
  assert.match(issuesHtml, /<thead><tr><th><p><strong>No\.<\/strong><\/p><\/th><th><p><strong>Section</);
  assert.match(issuesHtml, /jointly owned/);
  assert.match(issuesHtml, /Qingtai/);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Issues list as CSV' }).click()]);
  assert.match(csv.suggestedFilename(), /^Issues list for .*\.csv$/);
  const csvText = await readFile(await csv.path(), 'utf8');
  assert.ok(csvText.startsWith('\uFEFF"No.","Section","Issue","Their text"'), 'a CSV with a byte-order mark and the header row');
  assert.match(csvText, /jointly owned/);

  assert.deepEqual(errors, []);
  assert.deepEqual(outside, [], 'no request left localhost');
  await context.close();
});

test('the workspace builds sample-testing terms and downloads them as a .docx that reads back', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('tab', { name: 'Build' }).click();
  await page.getByRole('button', { name: /Sample testing/ }).click();
  // The parties come from the opening paragraph of the document on show (the sample draft).
  await page.getByText("The parties' names come from the document's opening paragraph").waitFor();
  assert.match(await page.getByRole('textbox', { name: 'Full legal name' }).first().inputValue(), /Qingtai|Aurelia/);
  // What the user types is kept: a reload brings the answer back.
  const purpose = page.getByRole('textbox', { name: 'What they may use our materials for' });
  await purpose.fill('evaluating the Samples for use in Aurelia containerised storage systems');
  // The facts of the deal are asked for: the preset's are only grey examples.
  assert.match(await page.getByRole('textbox', { name: 'The samples or materials' }).getAttribute('placeholder'), /^e\.g\. /);
  await page.getByRole('textbox', { name: 'The samples or materials' }).fill('forty prototype lithium iron phosphate cells and four prototype modules');
  await page.getByRole('textbox', { name: 'Field of use' }).fill('containerised battery energy storage systems');
  await page.reload();
  await page.getByRole('tab', { name: 'Build' }).click();
  assert.equal(await page.getByRole('textbox', { name: 'What they may use our materials for' }).inputValue(), 'evaluating the Samples for use in Aurelia containerised storage systems');
  const plan = page.getByRole('list', { name: 'Clauses in the plan' });
  await plan.waitFor();
  assert.ok((await plan.locator(':scope > li').count()) >= 8, 'a complete set of clauses is planned');
  await shot(page, '06-workspace-build-plan');
  assert.deepEqual(await seriousViolations(page), [], 'build view: no serious or critical accessibility violation');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .docx' }).click()]);
  assert.match(download.suggestedFilename(), /\.docx$/);
  const { value: text } = await mammoth.extractRawText({ path: await download.path() });
  assert.match(text, /Qingtai/);
  assert.match(text, /Aurelia/);
  assert.match(text, /Samples/);
  assert.doesNotMatch(text, /\{\{/, 'no placeholder is left unfilled');
  await page.getByText('Downloaded. Open it in Word').waitFor();
  await shot(page, '07-workspace-build-downloaded');

  // Opened again in the workspace, the built terms are recognised as ours by their content controls.
  // Dropped on the document pane, as a user drags a file from their desktop.
  const built = (await readFile(await download.path())).toString('base64');
  const dataTransfer = await page.evaluateHandle(
    ([b64, name]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      return dt;
    },
    [built, download.suggestedFilename()],
  );
  await page.getByRole('region', { name: /drop a \.docx here/ }).dispatchEvent('drop', { dataTransfer });
  await page.getByText(download.suggestedFilename()).waitFor();
  await page.getByRole('tab', { name: 'Review' }).click();
  await page.getByRole('heading', { name: 'Our clauses in this document' }).waitFor({ timeout: 15_000 });
  const drift = await page.locator('aside').innerText();
  const found = /(\d+) of our clauses found/.exec(drift);
  assert.ok(found && Number(found[1]) >= 8, 'the clauses we built are found in the .docx we wrote');
  assert.match(drift, /found: 0 edited or removed/, 'nothing was edited, so every clause (the definitions too) is as built');
  // The terms record the deal and our side, so the review takes the side without asking.
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 1, 'our side is taken from the terms we built');
  await shot(page, '07b-workspace-built-terms-reviewed');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('the library can be searched and read in plain words', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`${server.base}/index.html`);
  // By keyboard alone: arrows along the tabs, Enter to open one, Tab into the view.
  await page.getByRole('tab', { name: 'Review' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByRole('searchbox', { name: 'Search clauses' }).waitFor();
  for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.getAttribute('type') === 'search')); i++) await page.keyboard.press('Tab');
  await page.keyboard.type('residual');
  assert.equal(await page.getByRole('searchbox', { name: 'Search clauses' }).inputValue(), 'residual');
  const first = page.locator('aside').getByRole('button', { name: /Residual/i }).first();
  await first.focus();
  await page.keyboard.press('Enter');
  await page.locator('aside').getByText('The risk it answers').first().waitFor();
  await page.waitForTimeout(500); // the panel's opening animation settles
  await shot(page, '08-workspace-library');
  assert.deepEqual(await seriousViolations(page), [], 'library view: no serious or critical accessibility violation');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('settings switch the whole workspace to Simplified Chinese, the review re-worded without reviewing again', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  // Count the reviews the page asks a worker for: a language switch must not ask for another.
  await page.addInitScript(() => {
    window.reviewsAsked = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (message?.kind === 'review') window.reviewsAsked++;
      return post.call(this, message, ...rest);
    };
  });
  await page.goto(`${server.base}/index.html`);
  await page.locator('aside article[data-finding]').first().waitFor({ timeout: 30_000 });
  const englishTitle = await page.locator('aside article[data-finding] .fui-Text').first().textContent();
  assert.equal(await page.evaluate(() => window.reviewsAsked), 1, 'the sample is reviewed once on opening');
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Same as Office' }).waitFor();
  await shot(page, '03-workspace-settings');
  assert.deepEqual(await seriousViolations(page), [], 'settings view: no serious or critical accessibility violation');
  // An organisation library that fails validation is refused with the reason; the built-in one stays.
  const bad = { files: [{ path: 'library.yaml', data: { id: 'acme-clauses', name: 'Acme clauses', version: '2.0' } }] };
  await page.locator('input[type=file][accept*=json]').setInputFiles({ name: 'acme-library.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const refusal = page.getByRole('alert').filter({ hasText: 'This library was not loaded' });
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /library\.yaml, field "version"/);
  // The broken library.yaml is reported for what is wrong with it, once, not also as missing.
  assert.doesNotMatch(await refusal.innerText(), /library\.yaml: this file is missing/);
  assert.match(await page.locator('aside').innerText(), /In use: .*\(built in\)/);
  await shot(page, '03b-workspace-library-refused');
  await page.getByRole('radio', { name: '简体中文' }).check();
  await page.getByRole('tab', { name: '审阅' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  await page.getByRole('tab', { name: '审阅' }).click();
  await page.getByRole('list', { name: '按严重程度统计' }).waitFor({ timeout: 15_000 });
  // The review itself is re-worded in Chinese, not only the buttons around it.
  await page.waitForFunction(() => /[\u4e00-\u9fff]{4}/.test(document.querySelector('aside article[data-finding] .fui-Text')?.textContent ?? ''), null, { timeout: 15_000 });
  await page.getByText(/按“联合开发”审阅/).waitFor(); // and so is why the deal was read as joint development
  await page.getByRole('article', { name: '文档：联合开发协议（对方示例草稿）.docx' }).waitFor(); // and the sample's name
  assert.notEqual(await page.locator('aside article[data-finding] .fui-Text').first().textContent(), englishTitle);
  assert.equal(await page.evaluate(() => window.reviewsAsked), 1, 'the language switch re-words the review it has, without a second review');
  await shot(page, '04-workspace-chinese');
  assert.deepEqual(await seriousViolations(page), [], 'Chinese review view: no serious or critical accessibility violation');
  await page.getByRole('tab', { name: '起草' }).click();
  await page.getByRole('button', { name: /联合开发/ }).click();
  await page.getByRole('textbox', { name: '对方使用我方材料的目的' }).fill('jointly developing a liquid-cooled 5 MWh storage container');
  await page.getByRole('textbox', { name: '样品或材料' }).fill('prototype cells, modules and battery management firmware');
  await page.getByRole('textbox', { name: '使用领域' }).fill('containerised battery energy storage systems');
  await page.getByRole('list', { name: '方案中的条款' }).waitFor();
  // The plan names the library's clauses by their Chinese titles.
  await page.getByRole('list', { name: '方案中的条款' }).getByText('保密', { exact: true }).first().waitFor();
  // Each variant to switch to is named in Chinese, not by its id ("mutual").
  const switches = page.getByRole('list', { name: '方案中的条款' }).getByRole('combobox');
  await switches.first().waitFor();
  for (const value of await switches.evaluateAll((els) => els.map((el) => el.textContent ?? ''))) assert.match(value, /^[^a-z]*[\u4e00-\u9fff]/, `a variant named in Chinese: ${value}`);
  await shot(page, '04b-workspace-chinese-build');
  assert.deepEqual(await seriousViolations(page), [], 'Chinese build view: no serious or critical accessibility violation');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('the Chinese messages are fetched only for a reader in Chinese: a Chinese browser opens the workspace in Chinese, an English one never asks for them', async () => {
  for (const [locale, chinese] of [['zh-CN', true], ['en-GB', false]]) {
    const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale });
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${server.base}/index.html`);
    // The first render is in the reader's language: its tabs are there from the start, not re-worded later.
    await page.getByRole('tab', { name: chinese ? '审阅' : 'Review' }).waitFor();
    assert.equal(await page.getByRole('tab', { name: chinese ? 'Review' : '审阅' }).count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.lang), chinese ? 'zh-CN' : 'en');
    // The sample's review, from the worker, is worded in the same language.
    await page.getByRole('list', { name: chinese ? '按严重程度统计' : 'Findings by severity' }).waitFor({ timeout: 30_000 });
    const title = await page.locator('aside article[data-finding] .fui-Text').first().textContent();
    assert.equal(/[\u4e00-\u9fff]{4}/.test(title ?? ''), chinese, `a finding's title in ${locale}: ${title}`);
    assert.equal(asked.some((p) => /messages-zh/.test(p)), chinese, `the Chinese messages fetched in ${locale}: ${asked.join(' ')}`);
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
    await context.close();
  }
});

test('the workspace follows a dark system theme', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark', locale: 'en-GB' });
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 15_000 });
  const background = await page.locator('aside').evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 200, `the panels are dark (${background})`);
  await shot(page, '09-workspace-dark');
  assert.deepEqual(await seriousViolations(page), [], 'dark theme: no serious or critical accessibility violation');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('the workspace at 320 pixels wide: nothing scrolls sideways and "Open a .docx" is whole', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 320, height: 800 }, locale: 'en-GB' });
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 15_000 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `the page does not scroll sideways at 320 px (content is ${width} px wide)`);
  const open = await page.getByRole('button', { name: 'Open a .docx' }).boundingBox();
  assert.ok(open && open.x >= 0 && open.x + open.width <= 320, `"Open a .docx" lies within the window (${JSON.stringify(open)})`);
  for (const region of ['article', 'aside']) {
    const box = await page.locator(region).first().boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 320, `${region} lies within the window (${JSON.stringify(box)})`);
  }
  await shot(page, '10-workspace-320px');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('the task pane starts outside Office (Office.js stubbed locally) in a 320-pixel pane', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 320, height: 700 } });
  // The page loads Office.js from Microsoft's CDN; here a local stand-in reports "no Office host", as Office.js does in a plain browser.
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'window.Office = { onReady(cb) { setTimeout(() => cb({ host: null, platform: null }), 0); return Promise.resolve({ host: null, platform: null }); } };' }),
  );
  await page.goto(`${server.base}/taskpane.html`);
  await page.getByRole('tablist', { name: 'Clausewright views' }).waitFor();
  await page.getByRole('tab', { name: 'Review' }).click();
  await page.getByText('This pane works inside Word').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `the pane does not scroll sideways at 320 px (content is ${width} px wide)`);
  await shot(page, '05-taskpane-outside-office');
  // Our company from settings fills our side; what the preset does not know is asked for in plain words.
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('textbox', { name: 'Our company name' }).fill('Shenzhen Lumen Power Co., Ltd.');
  await page.getByRole('tab', { name: 'Build' }).click();
  await page.getByRole('button', { name: /Exclusive partnership/ }).click();
  const names = page.getByRole('textbox', { name: 'Full legal name' });
  assert.equal(await names.first().inputValue(), 'Shenzhen Lumen Power Co., Ltd.');
  // No document, so no party found: the other side is asked for, the preset's example company is only grey placeholder text.
  assert.equal(await names.nth(1).inputValue(), '');
  assert.match(await names.nth(1).getAttribute('placeholder'), /^e\.g\. Andes Solar/);
  const refusal = page.getByRole('alert').filter({ hasText: "Type the other side's full legal name to build the terms" });
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /Answers to complete or change before the terms can be built: 8\. Fields marked \* are empty/);
  assert.equal(await page.getByRole('list', { name: 'Clauses in the plan' }).count(), 0, 'nothing is built without the other side');
  await page.getByRole('textbox', { name: 'Short name' }).first().fill('Lumen');
  await page.getByRole('textbox', { name: 'Incorporated in' }).first().fill("the People's Republic of China");
  await names.nth(1).fill('Pampa Energía Distribución S.A.');
  await page.getByRole('textbox', { name: 'Short name' }).nth(1).fill('Pampa');
  await page.getByRole('textbox', { name: 'Incorporated in' }).nth(1).fill('Argentina');
  // The facts of the example deal are asked for, not assumed.
  assert.equal(await page.getByRole('textbox', { name: 'Products covered' }).inputValue(), '');
  await page.getByRole('textbox', { name: 'What they may use our materials for' }).fill('distributing the Products in the Territory');
  await page.getByRole('textbox', { name: 'Field of use' }).fill('energy storage for commercial and industrial rooftop solar systems');
  await page.getByRole('textbox', { name: 'Products covered' }).fill('Lumen lithium iron phosphate battery modules of the LP-48 series');
  // Who owns improvements is asked, with what an improvement is.
  await page.getByRole('combobox', { name: /Who owns improvements/ }).waitFor();
  await page.getByText('An improvement is a change that makes', { exact: false }).waitFor();
  await page.getByRole('list', { name: 'Clauses in the plan' }).waitFor();
  const terms = await page.locator('pre').innerText();
  assert.match(terms, /Pampa/);
  assert.doesNotMatch(terms, /Andes Solar|Suntrail/, 'no example company in the terms');
  // The improvements answer changes the terms.
  await page.getByRole('combobox', { name: /Who owns improvements/ }).click();
  await page.getByRole('option', { name: 'The side that makes the improvement' }).click();
  await page.waitForFunction((before) => document.querySelector('pre')?.textContent !== before, terms);
  const buildWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(buildWidth <= 320, `the Build view fits 320 px (content is ${buildWidth} px wide)`);
  // Outside Word the terms go out as a .docx; nothing pretends to insert into a document that is not there.
  await page.getByRole('button', { name: 'Download .docx' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Insert at the cursor' }).count(), 0);
  await shot(page, '05b-taskpane-build-320');
  assert.deepEqual(await seriousViolations(page), [], 'build view at 320 px: no serious or critical accessibility violation');
  assert.deepEqual(await seriousViolations(page), []);
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('a technology licence asks about the royalty in plain words and builds it in; no example company is used', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 320, height: 800 } });
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'window.Office = { onReady(cb) { setTimeout(() => cb({ host: null, platform: null }), 0); return Promise.resolve({ host: null, platform: null }); } };' }),
  );
  await page.goto(`${server.base}/taskpane.html`);
  await page.getByRole('tab', { name: 'Build' }).click();
  await page.getByRole('button', { name: /Technology licence/ }).click();
  const names = page.getByRole('textbox', { name: 'Full legal name' });
  await names.nth(1).waitFor();
  assert.equal(await names.nth(1).inputValue(), '');
  await names.first().fill('Ganzhou Ridge Lithium Technology Co., Ltd.');
  await page.getByRole('textbox', { name: 'Short name' }).first().fill('Ridge');
  await page.getByRole('textbox', { name: 'Incorporated in' }).first().fill("the People's Republic of China");
  await names.nth(1).fill('Volta Cells Ibérica S.L.');
  await page.getByRole('textbox', { name: 'Short name' }).nth(1).fill('Volta');
  await page.getByRole('textbox', { name: 'Incorporated in' }).nth(1).fill('Spain');
  await page.getByRole('textbox', { name: 'What they may use our materials for' }).fill('manufacturing and selling the Products in the Field within the Territory');
  await page.getByRole('textbox', { name: 'Field of use' }).fill('battery packs for electric two-wheelers');
  await page.getByRole('textbox', { name: 'Products covered' }).fill('battery packs built on the licensed cell-to-pack technology');
  // A licence has its own improvements clause; the question is not asked here.
  assert.equal(await page.getByRole('combobox', { name: /Who owns improvements/ }).count(), 0);
  const royalty = page.getByRole('switch', { name: 'The licensee pays a royalty' });
  assert.equal(await royalty.isChecked(), true, 'the licence preset has a royalty');
  await page.getByText('A percentage of the net sales of the licensed products', { exact: false }).waitFor();
  await page.getByRole('spinbutton', { name: /Royalty \(% of the net sales price\)/ }).fill('4.5');
  await page.getByRole('list', { name: 'Clauses in the plan' }).waitFor();
  let terms = await page.locator('pre').innerText();
  assert.match(terms, /royalty of 4\.5% of Net Sales/);
  assert.doesNotMatch(terms, /Lumen Diagnostics|Qingyuan/, 'no example company in the terms');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `the royalty questions fit 320 px (content is ${width} px wide)`);
  await shot(page, '10-taskpane-licence-royalty-320');
  assert.deepEqual(await seriousViolations(page), [], 'licence build view: no serious or critical accessibility violation');
  // A royalty-free licence: the switch off, the royalty clause goes.
  await royalty.click();
  await page.getByRole('spinbutton', { name: /Royalty/ }).waitFor({ state: 'detached' });
  terms = await page.locator('pre').innerText();
  assert.doesNotMatch(terms, /royalty of/);
  // The purpose is asked from our side: when we take the licence, it limits what we may do with theirs.
  await page.getByRole('textbox', { name: 'What they may use our materials for' }).waitFor();
  await page.getByRole('radio', { name: 'We license their technology in' }).check();
  await page.getByRole('textbox', { name: 'What we may use their materials for' }).waitFor();
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('answers the browser cannot keep are said to be at risk and can be saved as a questionnaire file', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  // Storage full: every write of the Build draft fails as a full quota does.
  await page.addInitScript(() => {
    const setItem = window.Storage.prototype.setItem;
    window.Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('clausewright.build')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('tab', { name: 'Build' }).click();
  await page.getByRole('button', { name: /Sample testing/ }).click();
  await page.getByRole('textbox', { name: 'Field of use' }).fill('containerised battery energy storage systems');
  await page.getByText('Your answers could not be saved in this browser').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the answers as a file' }).click()]);
  assert.match(download.suggestedFilename(), /^clausewright-answers-sample-testing\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(saved.scenario, 'sample-testing');
  assert.equal(saved.field, 'containerised battery energy storage systems');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('drafting points sit under a Drafting heading of their own, and an opt-in point is switched on in Settings and kept', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 15_000 });
  // The sample's "and/or" sits in a clause on another topic; it is listed under Drafting, not there.
  const drafting = page.getByRole('button', { name: /^Drafting/ });
  await drafting.waitFor();
  const andOr = page.locator('aside article[data-finding]').filter({ hasText: '"And/or" used' });
  assert.equal(await andOr.count(), 1);
  const panel = await drafting.evaluate((el) => el.closest('[class*="accordionItem"], .fui-AccordionItem')?.textContent ?? '');
  assert.match(panel, /"And\/or" used/);
  await page.getByRole('tab', { name: 'Settings' }).click();
  const shallStyle = page.getByRole('checkbox', { name: /"Shall" used where no party's duty is meant/ });
  assert.equal(await shallStyle.isChecked(), false, 'off by default');
  await shallStyle.check();
  await page.reload();
  await page.getByRole('tab', { name: 'Settings' }).click();
  assert.equal(await page.getByRole('checkbox', { name: /"Shall" used where no party's duty is meant/ }).isChecked(), true, 'kept across a reload');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('Build asks for the signing details, the schedule facts and the posture, says how the other side will react, and the .docx carries them', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('tab', { name: 'Build' }).click();
  await page.getByRole('button', { name: /Sample testing/ }).click();
  await page.getByRole('textbox', { name: 'What they may use our materials for' }).fill('evaluating the Samples for use in containerised storage systems');
  await page.getByRole('textbox', { name: 'The samples or materials' }).fill('forty prototype lithium iron phosphate cells');
  await page.getByRole('textbox', { name: 'Field of use' }).fill('containerised battery energy storage systems');
  await page.getByText('Signing details (left blank, they print as blanks to fill in)').first().click();
  await page.getByRole('textbox', { name: 'Registered address' }).first().fill('88 Jinqiao Road, Pudong, Shanghai');
  await page.getByRole('textbox', { name: 'Signed by' }).first().fill('Li Wen');
  await page.getByRole('textbox', { name: 'Title of the signatory' }).first().fill('General Manager');
  await page.getByText('Schedules (left blank, they print as blanks to fill in)').first().click();
  await page.getByRole('textbox', { name: 'Test plan' }).fill('capacity at 25 °C under IEC 62620; cycle life at 0.5C, 500 cycles');
  const posture = page.getByRole('combobox', { name: 'How hard the first draft pushes' });
  assert.match(await posture.innerText(), /Balanced/);
  await posture.click();
  await page.getByRole('option', { name: /^Maximal/ }).click();
  const plan = page.getByRole('list', { name: 'Clauses in the plan' });
  await plan.waitFor();
  // A protective clause says how a counterparty is likely to take it.
  await plan.getByText(/^Their likely reaction: /).first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .docx' }).click()]);
  const { value: text } = await mammoth.extractRawText({ path: await download.path() });
  assert.match(text, /88 Jinqiao Road, Pudong, Shanghai/);
  assert.match(text, /Li Wen/);
  assert.match(text, /General Manager/);
  // The schedule the arrangement names, with the fact given and a blank for each one not given.
  assert.match(text, /Schedule 1: Samples and Test Plan/);
  assert.match(text, /Capacity at 25 °C under IEC 62620; cycle life at 0\.5C, 500 cycles/);
  assert.match(text, /\[number of units, and the delivery batches if more than one\]/);
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('a draft opened with its other language version beside it: the two are checked against each other', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('tablist').waitFor();
  const fixture = (name) => new URL(`../fixtures/bilingual/${name}`, import.meta.url);
  await page.locator('input[type=file][data-picker=draft]').setInputFiles(fileURLToPath(fixture('nda.en.txt')));
  await page.getByText('nda.en.txt').waitFor();
  // The Chinese gives 15 days to return the information where the English gives 30.
  const zh = (await readFile(fixture('nda.zh.txt'), 'utf8')).replace('30日内', '15日内');
  await page.locator('input[type=file][data-picker=counterpart]').setInputFiles({ name: 'nda.zh.txt', mimeType: 'text/plain', buffer: Buffer.from(zh) });
  await page.getByText('Checked against nda.zh.txt').waitFor();
  await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 15_000 });
  const card = page.locator('aside article[data-finding]').filter({ hasText: 'English only: 30; Chinese only: 15' });
  await card.waitFor({ timeout: 15_000 });
  // The Chinese of the provision is quoted on the card; it is not in the document on show.
  assert.match(await card.innerText(), /In the other language version: “4\.1 接收方应当在披露方提出书面要求后15日内/);
  await shot(page, '20-workspace-counterpart');
  // Comparing stops: the difference goes with the other file.
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await page.getByRole('button', { name: 'Open its other language version' }).waitFor();
  await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 15_000 });
  assert.equal(await page.locator('aside article[data-finding]').filter({ hasText: 'Chinese only' }).count(), 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});

test('where our company is established is chosen in Settings and kept across a reload', async () => {
  const { page, outside, errors, context } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 15_000 });
  await page.getByRole('tab', { name: 'Settings' }).click();
  const place = page.getByRole('combobox', { name: /Where our company is established/ });
  assert.match((await place.textContent()) ?? '', /As our organisation library says, else mainland China/);
  await place.click();
  await page.getByRole('option', { name: 'Germany' }).click();
  await page.reload();
  await page.getByRole('tab', { name: 'Settings' }).click();
  assert.match((await page.getByRole('combobox', { name: /Where our company is established/ }).textContent()) ?? '', /Germany/, 'kept across a reload');
  assert.deepEqual(await seriousViolations(page), [], 'settings view: no serious or critical accessibility violation');
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  await context.close();
});
