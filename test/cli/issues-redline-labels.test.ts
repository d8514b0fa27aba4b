import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { run } from './run';

// A supplier's sample evaluation agreement whose clause 3.1 bars reverse engineering and competing
// products, locks our test results away and bars benchmark tests. Our fix for the last two goes in
// after 3.1, which keeps its other bans; the draft has no 3.2, so the redline numbers the fix 3.2 on
// (beside-label.ts). The issues list (.docx and CSV) and the report the same command writes give the
// same paragraphs under the same labels, and none of them the unplaced "3.1.1"; a definition the fix
// shares with another cites it by those labels.
const LINES = readFileSync(path.join(__dirname, '../fixtures/carve-out/evaluation.txt'), 'utf8').split('\n').filter((l) => l.trim());
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** The fix's labelled paragraphs in a text: "3.2 Test Data, …" as [label, words], in order. */
const labelled = (text: string): [string, string][] =>
  text
    .split('\n')
    .map((l) => /^(3\.\d{1,2}(?:\.\d{1,2})?)[\t ](.+)$/.exec(l.trim()))
    .flatMap((m): [string, string][] => (m ? [[m[1]!, flat(m[2]!)]] : []));

describe('one review written as a redline, an issues list and a report by the command line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-labels-'));
    writeFileSync(path.join(dir, 'evaluation.docx'), await Packer.toBuffer(new Document({ sections: [{ children: LINES.map((l) => new Paragraph(l)) }] })));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('labels the fix beside 3.1 as 3.2 on in every one of them', async () => {
    const at = (name: string) => path.join(dir, name);
    const common = ['review', at('evaluation.docx'), '--scenario', 'sample-testing', '--side', 'evaluator', '--locale', 'en'];
    const r = await run(...common, '--redline', at('red.docx'), '--issues', at('list.docx'), '--report', at('report.docx'));
    expect(r.err).toBe('');
    expect((await run(...common, '--issues', at('list.csv'))).err).toBe('');

    // The redline: the draft's own 3.1 stays, and the fix's paragraphs follow it, labelled with a tab.
    const redline = (await mammoth.extractRawText({ path: at('red.docx') })).value;
    const inserted = redline.split('\n').filter((l) => /^3\.\d{1,2}(?:\.\d{1,2})?\t/.test(l)).join('\n');
    const placed = labelled(inserted);
    expect(placed.map(([label]) => label)).toEqual(['3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8']);
    expect(placed.find(([, words]) => words.startsWith('Sections 3.2 to 3.4 continue'))).toBeDefined();

    // The issues list as Word and as a spreadsheet show it, and the report: the same labels and words.
    const listed = labelled((await mammoth.extractRawText({ path: at('list.docx') })).value);
    // A CSV cell opens and closes with a quote and doubles the quotes inside it.
    const csv = labelled(readFileSync(at('list.csv'), 'utf8').split('""').map((s) => s.replace(/"/g, '\n')).join('"'));
    const report = labelled((await mammoth.extractRawText({ path: at('report.docx') })).value);
    for (const [name, lines] of Object.entries({ listed, csv, report })) {
      const own = lines.filter(([label]) => label !== '3.1');
      expect({ name, own }).toEqual({ name, own: placed });
    }
    for (const text of [redline, (await mammoth.extractRawText({ path: at('list.docx') })).value, readFileSync(at('list.csv'), 'utf8')]) expect(text).not.toMatch(/\b3\.1\.\d/);

    // "Affiliate", which the confidentiality fix (1.2) and this one both use, is defined once, in 1.2,
    // for the sections this fix goes in as: not for "3.1", the draft's own clause it leaves standing.
    const texts = { redline, list: (await mammoth.extractRawText({ path: at('list.docx') })).value, csv: readFileSync(at('list.csv'), 'utf8'), report: (await mammoth.extractRawText({ path: at('report.docx') })).value };
    for (const [name, text] of Object.entries(texts)) expect({ name, shared: /In Sections 1\.2 and [\d. a-z]{3,20}, "{1,2}Affiliate/.exec(text)?.[0].replace(/"+/, '"') }).toEqual({ name, shared: 'In Sections 1.2 and 3.2 to 3.8, "Affiliate' });
  }, 120_000);

  // Where the draft has its own 3.2, the fix goes under 3.1 as 3.1.1 on (no clause of the draft
  // moves, and our reader reads the labels back); the list and report give it no heading "3.1.",
  // as the redline writes none: the draft's 3.1 stays 3.1.
  it('labels it 3.1.1 on under 3.1 where 3.2 is taken, in every one of them', async () => {
    const at = (name: string) => path.join(dir, name);
    const taken = LINES.flatMap((l) => (l === '4. Confidentiality' ? ['3.2 Evaluator may keep one Sample for its records after this Agreement ends.', l] : [l]));
    writeFileSync(at('taken.docx'), await Packer.toBuffer(new Document({ sections: [{ children: taken.map((l) => new Paragraph(l)) }] })));
    const common = ['review', at('taken.docx'), '--scenario', 'sample-testing', '--side', 'evaluator', '--locale', 'en'];
    expect((await run(...common, '--redline', at('taken-red.docx'), '--issues', at('taken-list.docx'), '--report', at('taken-report.docx'))).err).toBe('');
    expect((await run(...common, '--issues', at('taken-list.csv'))).err).toBe('');
    const redline = (await mammoth.extractRawText({ path: at('taken-red.docx') })).value;
    const placed = labelled(redline.split('\n').filter((l) => /^3\.1\.\d{1,2}\t/.test(l)).join('\n'));
    expect(placed.map(([label]) => label)).toEqual(['3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.1.5', '3.1.6', '3.1.7']);
    const list = (await mammoth.extractRawText({ path: at('taken-list.docx') })).value;
    const csv = readFileSync(at('taken-list.csv'), 'utf8').split('""').map((s) => s.replace(/"/g, '\n')).join('"');
    const report = (await mammoth.extractRawText({ path: at('taken-report.docx') })).value;
    for (const [name, text] of Object.entries({ list, csv, report })) {
      expect({ name, own: labelled(text).filter(([label]) => label.startsWith('3.1.')) }).toEqual({ name, own: placed });
      expect({ name, heading: /^3\.1\.? Test Data/m.test(text) }).toEqual({ name, heading: false });
    }
  }, 120_000);
});
