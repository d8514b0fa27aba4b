import mammoth from 'mammoth';
import { plan, render, resolveAnswers } from '../../src/core/agreement';
import { disclosureFirstAnswers, disclosureRecordDoc, diligenceMemo, EMPTY_READINESS } from '../../src/core/prepare';
import { presetAnswers } from '../../src/core/agreement';
import { writeSimpleDocx, writeTermsDocx } from '../../src/io';
import { realLibrary } from '../core/agreement/real-library';
import { CELLS, DRAWINGS } from '../core/prepare/support';

const library = realLibrary();
const html = async (bytes: Uint8Array) => (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;

describe('the disclosure record written to .docx', () => {
  it('prints as the schedule after the signature page, one table row per item with its fingerprint', async () => {
    const answers = disclosureFirstAnswers(library, presetAnswers(library, 'sample-testing'), {
      readiness: { ...EMPTY_READINESS, sent: ['samples'], signed: 'nothing' },
      disclosures: [DRAWINGS, CELLS],
    });
    const resolved = resolveAnswers(library, answers);
    if (!resolved.ok) throw new Error('answers');
    const out = await html(await writeTermsDocx(render(library, plan(library, resolved.answers), resolved.answers)));
    const schedule = out.indexOf('Schedule 1: Disclosure Record');
    expect(schedule).toBeGreaterThan(out.lastIndexOf('For and on behalf of'));
    const rows = [...out.slice(schedule).matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...(m[1] ?? '').matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((c) => c[1]?.replace(/<[^>]+>/g, '')));
    expect(rows[0]).toEqual(['No.', 'Item', 'Kind', 'Classification', 'Purpose', 'Recipient', 'Approved by', 'Date', 'SHA-256 fingerprint']);
    expect(rows[2]?.[8]).toBe(DRAWINGS.sha256);
    expect(rows[1]?.[1]).toBe(CELLS.item);
    expect(out).toContain('The Disclosure Record lists the documents, files and batches of samples');
  });

  it('exports the record and the memo as their own documents', async () => {
    const record = await html(await writeSimpleDocx(disclosureRecordDoc([DRAWINGS], 'Sorensen, marine modules', '2026-12-04', 'en')));
    expect(record).toContain('Disclosure record: Sorensen, marine modules');
    expect(record).toContain(DRAWINGS.sha256);
    const memo = await html(await writeSimpleDocx(diligenceMemo(library.diligence ?? [], {}, { counterparty: 'Sorensen Marine Power A/S', deal: 'Marine modules', today: '2026-12-04' }, 'zh-CN')));
    expect(memo).toContain('合作方尽职调查：Sorensen Marine Power A/S');
    expect(memo).toContain('未核查：5 项');
  });
});
