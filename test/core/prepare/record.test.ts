import { csvCell, disclosureRecordCsv, disclosureRecordDoc, diligenceMemo, toCsv } from '../../../src/core/prepare';
import { parseLibrary } from '../../../src/core/library';
import { realLibrary } from '../agreement/real-library';
import { fixtureLibraryFiles } from '../library/support';
import { CELLS, DRAWINGS } from './support';

describe('the disclosure record as CSV', () => {
  it('is RFC 4180 with a UTF-8 byte order mark: CRLF rows, quoted cells with commas, doubled quotes', () => {
    const csv = disclosureRecordCsv([DRAWINGS, CELLS], 'en');
    expect(csv.startsWith('\uFEFFNo.,Item,Kind,Classification,Purpose,Recipient,Approved by,Date,SHA-256\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // heading, two items, and the final CRLF
    expect(lines[1]).toBe(`1,"${CELLS.item}",Batch of samples,Restricted,bench cycling tests at the integrator's laboratory,"${CELLS.recipient}","${CELLS.approver}",2026-10-20,`);
    expect(lines[2]?.endsWith(`,2026-11-02,${DRAWINGS.sha256}`)).toBe(true);
    expect(toCsv(['a'], [['say "yes"\nthen sign']])).toBe('\uFEFFa\r\n"say ""yes""\nthen sign"\r\n');
  });

  it('keeps a cell that starts like a formula from running in a spreadsheet', () => {
    expect(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual([
      '"\'=HYPERLINK(""http://x"")"',
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
    ]);
    expect(csvCell('Li Wei')).toBe('Li Wei');
  });

  it('has its headings and words in Chinese for a Chinese user', () => {
    expect(disclosureRecordCsv([CELLS], 'zh-CN').split('\r\n')[0]).toBe('\uFEFF序号,项目,类型,密级,目的,接收人,批准人,日期,SHA-256');
    expect(disclosureRecordDoc([CELLS], 'Sorensen', '2026-12-04', 'zh-CN').blocks.find((b) => b.kind === 'table')).toMatchObject({ rows: [['1', CELLS.item, '样品批次', '受限', CELLS.purpose, CELLS.recipient, CELLS.approver, '2026-10-20', '']] });
  });
});

describe('partner due diligence', () => {
  const library = realLibrary();

  it('the library holds the five checks, each with where to look and what to record in both languages', () => {
    expect(library.diligence?.map((d) => d.id)).toEqual(['credit-standing', 'disputes', 'beneficial-owners', 'restricted-parties', 'ability-to-pay']);
    for (const d of library.diligence ?? []) {
      expect(d.look.en.length).toBeGreaterThan(0);
      expect(d.look.zh).toHaveLength(d.look.en.length);
    }
  });

  it('a broken checklist is refused with the file and the field at fault', () => {
    const files = [...fixtureLibraryFiles(), { path: 'diligence.yaml', data: { items: [{ id: 'credit-standing', title: { en: 'Credit' }, question: { en: 'q', zh: 'q' }, look: { en: [], zh: ['x'] }, record: { en: 'r', zh: 'r' } }] } }];
    const result = parseLibrary(files);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => `${i.file} ${i.field}`)).toEqual(['diligence.yaml items[0].title.zh', 'diligence.yaml items[0].look.en']);
  });

  it('two checks with one id are refused, as they would share the notes kept for them', () => {
    const item = { id: 'disputes', title: { en: 'Disputes', zh: '争议' }, question: { en: 'q', zh: 'q' }, look: { en: ['x'], zh: ['x'] }, record: { en: 'r', zh: 'r' } };
    const result = parseLibrary([...fixtureLibraryFiles(), { path: 'diligence.yaml', data: { items: [item, item] } }]);
    expect(!result.ok && result.issues.map((i) => `${i.field} ${i.key}`)).toEqual(['items[1].id library.diligence.duplicate']);
  });

  it('the memo says what was checked, when, with the notes, and what was not, with where to look', () => {
    const memo = diligenceMemo(
      library.diligence ?? [],
      {
        'restricted-parties': { status: 'clear', date: '2026-11-28', notes: 'No match for Sorensen Marine Power A/S or its parent on the US, EU, UK or UN lists.' },
        disputes: { status: 'concern', notes: 'One pending supply dispute in the Danish courts, 2025.' },
      },
      { counterparty: 'Sorensen Marine Power A/S', deal: 'Marine LFP modules, Norway', today: '2026-12-04' },
      'en',
    );
    const text = memo.blocks.map((b) => (b.kind === 'bullets' ? b.items.join(' / ') : b.kind === 'table' ? '' : b.text));
    expect(memo.title).toBe('Partner due diligence: Sorensen Marine Power A/S');
    expect(text).toContain('Checked: 2 of 5');
    expect(text).toContain('Disputes and litigation: checked, concern noted');
    expect(text).toContain('Date of the check not recorded.');
    expect(text).toContain('Restricted-party and sanctions lists: checked, nothing of concern found');
    expect(text).toContain('Checked on 2026-11-28.');
    expect(text).toContain('Not checked: 3');
    expect(text).toContain('Credit standing: not checked');
    expect(text.some((s) => s.includes('Clausewright searched no source itself'))).toBe(true);
  });
});
