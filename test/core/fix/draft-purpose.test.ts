import { loadLibraryDir } from '../../../src/cli/library-files';
import { fixesFor, fixText } from '../../../src/core/fix';
import type { Locale } from '../../../src/core/i18n';
import { review } from '../../../src/core/review';
import { readDocx } from '../../../src/io';
import { makeDocx, para } from '../../fixtures/io/make-docx';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook]));

const cell = (...paragraphs: string[]): string => `<w:tc>${paragraphs.map((p) => para(p)).join('')}</w:tc>`;
const row = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;

// A one-way NDA in the cover-page style: the key terms in a table, the standard terms after it
// limiting use to "the Purpose" without saying what it is.
const TERMS = [
  '1. Use of Confidential Information. The Recipient shall use the Confidential Information solely for the Purpose and shall not disclose it to any third party without the Discloser’s prior written consent.',
  '2. Return. On the Discloser’s written request, the Recipient shall return or destroy all Confidential Information within thirty days.',
  '3. Governing Law. This NDA is governed by the laws of the State of New York.',
];

async function coverPageNda(purposeCell: string[], lead: string[] = []): Promise<Uint8Array> {
  const cover = `<w:tbl>${row(cell('Discloser'), cell('Brightwater Robotics Inc., 200 Harbor Street, Boston, MA'))}${row(cell('Recipient'), cell('Qinghe Sensor Technology Co., Ltd., Suzhou, China'))}${
    purposeCell.length ? row(cell('Purpose', 'How Confidential Information may be used'), cell(...purposeCell)) : ''
  }${row(cell('Effective Date'), cell('1 March 2026'))}</w:tbl>`;
  return makeDocx({ body: [para('Mutual Non-Disclosure Agreement'), cover, ...lead.map((l) => para(l)), para('Standard Terms'), ...TERMS.map((t) => para(t))].join('') });
}

/** The purpose fix for the draft, as every caller offers it. */
async function purposeFix(docx: Uint8Array, locale: Locale = 'en'): Promise<string> {
  const doc = await readDocx(docx);
  const result = review(doc, { library, playbooks, scenario: 'pre-deal-disclosure', role: 'discloser' });
  const f = result.findings.find((x) => x.rule === 'ambiguous.purpose-unstated');
  expect(f?.fix).toBeDefined();
  return fixText(fixesFor(library, result, doc, { locale })(f!.fix!)!);
}

describe('the purpose fix takes the purpose a cover page fills in', () => {
  it('fills it from the row beside "Purpose", as words that follow "used only for"', async () => {
    const text = await purposeFix(await coverPageNda(['Evaluating a possible supply of lidar sensors for the Discloser’s warehouse robots.']));
    expect(text).toMatch(/may be used only for evaluating a possible supply of lidar sensors for the Discloser’s warehouse robots\.$/);
    expect(text).not.toContain('[purpose]');
  });

  it('reads an infinitive as the gerund the sentence needs', async () => {
    const text = await purposeFix(await coverPageNda(['To evaluate lidar sensors for use in warehouse robots']));
    expect(text).toMatch(/used only for evaluating lidar sensors for use in warehouse robots\.$/);
  });

  it('takes the field from an order form’s "Purpose:" line', async () => {
    const text = await purposeFix(await coverPageNda([], ['Purpose: assessing the Recipient’s lidar sensors for use in the Discloser’s robots.']));
    expect(text).toMatch(/used only for assessing the Recipient’s lidar sensors for use in the Discloser’s robots\.$/);
  });

  it.each([
    ['a placeholder', '{purpose}'],
    ['an instruction in brackets', '[How Confidential Information may be used]'],
    ['a rule to write on', '________________'],
    ['a sentence of its own', 'The Recipient may use it as it sees fit'],
    ['two infinitives, the second of which no rule of ours turns into a gerund', 'To negotiate and perform a supply agreement for lidar sensors'],
  ])('keeps the visible blank where the field holds %s', async (_name, value) => {
    expect(await purposeFix(await coverPageNda([value]))).toContain('[purpose]');
  });

  it('keeps the blank in a Chinese fix for an English purpose', async () => {
    const text = await purposeFix(await coverPageNda(['Evaluating a possible supply of lidar sensors.']), 'zh-CN');
    expect(text).toContain('[目的]');
    expect(text).not.toContain('lidar');
  });
});
