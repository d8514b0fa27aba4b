import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibraryDir } from '../../../src/cli/library-files';
import { clauseLines } from '../../../src/core/agreement/clause-text';
import * as fixes from '../../../src/core/fix';
import { t, type Locale } from '../../../src/core/i18n';
import { review, type Playbooks } from '../../../src/core/review';
import { createWordHost } from '../../../src/host/word';
import type { ParagraphSeed } from '../../support/fakeWord/model';
import { realRuntimeWord } from '../../support/officeRuntime';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;

// The mutual NDA of the redline's tests, open in Word over Microsoft's Office.js runtime, its
// clauses in a table: English | Chinese row by row, or the English alone in one column. A clause
// the draft lacks goes in as the redline puts it: a new tracked row after the draft's last clause,
// the clause in the English cell and, beside it, an empty Chinese cell with a comment asking for
// the Chinese, in the pane's language; in as many round trips as at the cursor.
const read = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/bilingual', name), 'utf8').split('\n');
const EN = read('nda.en.txt');
const ZH = read('nda.zh.txt');
const LINES = EN.flatMap((l, i) => (l.trim() ? [[l, ZH[i]!] as const] : []));

const LAYOUTS = {
  bilingual: (): ParagraphSeed[] => LINES.flatMap(([en, zh], row) => [{ text: en, table: { row, cell: 0 } }, { text: zh, table: { row, cell: 1 } }]),
  english: (): ParagraphSeed[] => LINES.map(([en], row) => ({ text: en, table: { row, cell: 0 } })),
};

async function open(layout: keyof typeof LAYOUTS, locale: Locale, apiVersion = '1.6') {
  const seeds = LAYOUTS[layout]();
  const { api, word } = realRuntimeWord(seeds, apiVersion);
  const host = createWordHost(api, () => locale);
  const got = await host.readDocument();
  if (!got.ok) throw new Error(JSON.stringify(got));
  const doc = got.value;
  const result = review(doc, { scenario: 'pre-deal-disclosure', role: 'recipient', library, playbooks });
  const missing = result.findings.flatMap((finding) => {
    const clicked = fixes.clickedFix(library, result, doc, finding, result.findings, { locale, companyName: '' });
    return clicked?.kind === 'apply' && clicked.placement.kind === 'new' ? [{ finding, clause: clicked.clause, placement: clicked.placement }] : [];
  });
  if (missing.length === 0) throw new Error('expected a clause the draft lacks');
  return { host, word, seeds, ...missing[0]! };
}

const lastRow = LINES.length - 1;

describe.each([
  ['en', false],
  ['zh-CN', true],
] as [Locale, boolean][])('a missing clause in an English | Chinese table, the pane in %s', (locale) => {
  it('goes in as a new tracked row after the last clause’s, the Chinese cell commented, in two round trips', async () => {
    const { host, word, seeds, finding, clause, placement } = await open('bilingual', locale);
    expect(placement.row).toMatchObject({ cell: 0, chinese: { cell: 1, prevails: false } });
    const before = word.syncs.length;
    const applied = await host.applyFix(finding, clause, placement);
    expect(applied).toMatchObject({ ok: true, value: { mode: 'inserted', tracked: true }, notes: [] });
    expect(word.syncs.length - before).toBeLessThanOrEqual(2);

    const d = word.doc;
    const added = d.paragraphs.filter((p) => p.table?.row === lastRow + 1);
    const english = added.filter((p) => p.table!.cell === 0).map((p) => p.text);
    const chinese = added.filter((p) => p.table!.cell === 1);
    expect(english).toEqual(clauseLines(clause).map((l) => l.text));
    expect(chinese.map((p) => p.text)).toEqual(['']);
    // After the draft's last row, every paragraph of it a tracked insertion.
    expect(d.indexOf(added[0]!.id)).toBe(seeds.length);
    expect(added.every((p) => p.changes.some((c) => c.type === 'Added'))).toBe(true);
    expect(d.trackingMode).toBe('Off');

    expect(word.comments).toHaveLength(1);
    const [comment] = word.comments;
    expect([comment!.first, comment!.last]).toEqual([chinese[0]!.id, chinese[0]!.id]);
    expect(comment!.content).toBe(t(locale, 'io.redline.conformNew', { clause: t(locale, 'io.report.sectionLabel', { label: clause.number! }) }));

    d.rejectAllChanges();
    expect(d.texts()).toEqual(seeds.map((s) => s.text));
  });
});

describe('a missing clause in a one-column table of English clauses', () => {
  it('goes in as a new row of one cell, with no comment', async () => {
    const { host, word, seeds, finding, clause, placement } = await open('english', 'en');
    expect(placement.row).toEqual({ paragraph: seeds.length - 1, text: seeds.at(-1)!.text, cell: 0 });
    expect(await host.applyFix(finding, clause, placement)).toMatchObject({ ok: true, notes: [] });
    const added = word.doc.paragraphs.filter((p) => p.table?.row === lastRow + 1);
    expect(added.map((p) => p.text)).toEqual(clauseLines(clause).map((l) => l.text));
    expect(word.comments).toEqual([]);
  });
});
