// A cover page or order form that fills in the Purpose states it: the standard terms' "solely for
// the Purpose" is then bounded, and no finding says the purpose is never stated.
import { review } from '../../../src/core/review';
import type { RoleId } from '../../../src/core/scenarios';
import { readDocx } from '../../../src/io';
import { makeDocx, para } from '../../fixtures/io/make-docx';
import { library, playbooks } from '../../support/review-as-side';

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

async function unstated(docx: Uint8Array, role: RoleId): Promise<boolean> {
  const result = review(await readDocx(docx), { library, playbooks, scenario: 'pre-deal-disclosure', role });
  return result.findings.some((f) => f.rule === 'ambiguous.purpose-unstated');
}

describe('a purpose the cover page fills in', () => {
  it.each<RoleId>(['discloser', 'recipient'])('is stated, for the %s, in the row beside "Purpose"', async (role) => {
    expect(await unstated(await coverPageNda(['Evaluating a possible supply of lidar sensors for the Discloser’s warehouse robots.']), role)).toBe(false);
    expect(await unstated(await coverPageNda(['To negotiate and perform a supply agreement for lidar sensors']), role)).toBe(false);
  });

  it('is stated in an order form’s "Purpose:" line', async () => {
    expect(await unstated(await coverPageNda([], ['Purpose: assessing the Recipient’s lidar sensors for use in the Discloser’s robots.']), 'discloser')).toBe(false);
  });

  it.each([
    ['a placeholder', '{purpose}'],
    ['an instruction in brackets', '[How Confidential Information may be used]'],
    ['a rule to write on', '________________'],
    ['nothing', ''],
  ])('is never stated where the field holds %s', async (_name, value) => {
    expect(await unstated(await coverPageNda([value]), 'discloser')).toBe(true);
    expect(await unstated(await coverPageNda([value]), 'recipient')).toBe(true);
  });

  it('is never stated where there is no Purpose field at all', async () => {
    expect(await unstated(await coverPageNda([]), 'recipient')).toBe(true);
  });
});
