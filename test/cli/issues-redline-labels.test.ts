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
// same paragraphs under the same labels, and none of them the unplaced "3.1.1".
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
  }, 120_000);
});
