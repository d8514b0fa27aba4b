import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibraryDir } from '../../../src/cli/library-files';
import { clauseLines } from '../../../src/core/agreement/clause-text';
import * as fixes from '../../../src/core/fix';
import { t, type Locale } from '../../../src/core/i18n';
import { review, type Playbooks } from '../../../src/core/review';
import { createWordHost } from '../../../src/host/word';
import type { ParagraphSeed } from '../../support/fakeWord/model';
import { type Platform, realRuntimeWord } from '../../support/officeRuntime';
import { FakeWord } from '../../support/fakeWord';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;

// The mutual NDA of the redline's tests, open in Word over Microsoft's Office.js runtime, its
// clauses in a table: English | Chinese row by row, or the English alone in one column. A clause
// the draft lacks goes in as the redline puts it: a new tracked row after the draft's last clause,
// the clause in the English cell and, beside it, an empty Chinese cell with a comment asking for
// the Chinese, in the pane's language; its heading looks like the draft's last top-level heading in
// that column, as in the redline; in one round trip more than at the cursor, to read that look.
const read = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/bilingual', name), 'utf8').split('\n');
const EN = read('nda.en.txt');
const ZH = read('nda.zh.txt');
const LINES = EN.flatMap((l, i) => (l.trim() ? [[l, ZH[i]!] as const] : []));
// The same draft where the Chinese text prevails.
const ZH_PREVAILS = LINES.map(([en, zh]) => [en.replace('the English text prevails', 'the Chinese text prevails'), zh.replace('以英文文本为准', '以中文文本为准')] as const);

const LAYOUTS = {
  bilingual: (): ParagraphSeed[] => LINES.flatMap(([en, zh], row) => [{ text: en, table: { row, cell: 0 } }, { text: zh, table: { row, cell: 1 } }]),
  prevails: (): ParagraphSeed[] => ZH_PREVAILS.flatMap(([en, zh], row) => [{ text: en, table: { row, cell: 0 } }, { text: zh, table: { row, cell: 1 } }]),
  english: (): ParagraphSeed[] => LINES.map(([en], row) => ({ text: en, table: { row, cell: 0 } })),
  // A long cover note before the table: the draft's clauses are still the table's.
  long: (): ParagraphSeed[] => [...Array.from({ length: 400 }, (_, i) => ({ text: `Cover note line ${i + 1} for the reader, to be removed before signing.` })), ...LAYOUTS.bilingual()],
};

async function open(layout: keyof typeof LAYOUTS | ParagraphSeed[], locale: Locale, platform: Platform = {}) {
  const seeds = typeof layout === 'string' ? LAYOUTS[layout]() : layout;
  const { api, word } = realRuntimeWord(seeds, '1.6', platform);
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
  ['en', 'bilingual'],
  ['zh-CN', 'prevails'],
] as const)('a missing clause in an English | Chinese table, the pane in %s (%s)', (locale, layout) => {
  it('goes in as a new tracked row after the last clause’s, the Chinese cell commented, in one round trip more than at the cursor', async () => {
    const { host, word, seeds, finding, clause, placement } = await open(layout, locale);
    const prevails = layout === 'prevails';
    expect(placement.row).toMatchObject({ cell: 0, chinese: { cell: 1, prevails } });
    const before = word.syncs.length;
    const applied = await host.applyFix(finding, clause, placement);
    expect(applied).toMatchObject({ ok: true, value: { mode: 'inserted', tracked: true }, notes: [] });
    const syncs = word.syncs.length - before;
    expect(syncs).toBeLessThanOrEqual(3);
    // The same click with no row to add (at the cursor) takes one fewer: the row's reads its heading's look.
    const plain = await open(layout, locale);
    const start = plain.word.syncs.length;
    expect((await plain.host.applyFix(plain.finding, plain.clause, { kind: 'new' })).ok).toBe(true);
    expect(plain.word.syncs.length - start).toBe(syncs - 1);

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
    expect(comment!.content.startsWith(t(locale, 'io.redline.conformNew', { clause: t(locale, 'io.report.sectionLabel', { label: clause.number! }) }))).toBe(true);
    expect(comment!.content.includes(t(locale, 'io.redline.conformPrevails'))).toBe(prevails);

    d.rejectAllChanges();
    expect(d.texts()).toEqual(seeds.map((s) => s.text));
  });
});

describe('a missing clause in a one-column table of English clauses', () => {
  it('goes in as a new row of one cell, with no comment', async () => {
    const { host, word, seeds, finding, clause, placement } = await open('english', 'en');
    const heading = seeds.length - 1 - [...seeds].reverse().findIndex((s) => /^\d+\. /.test(s.text));
    expect(placement.row).toEqual({ paragraph: seeds.length - 1, text: seeds.at(-1)!.text, cell: 0, heading: { paragraph: heading, text: seeds[heading]!.text } });
    expect(await host.applyFix(finding, clause, placement)).toMatchObject({ ok: true, notes: [] });
    const added = word.doc.paragraphs.filter((p) => p.table?.row === lastRow + 1);
    expect(added.map((p) => p.text)).toEqual(clauseLines(clause).map((l) => l.text));
    expect(word.comments).toEqual([]);
  });
});

describe('over the fake Word, which models the same rows', () => {
  it.each([false, true])('puts the missing clause in a new row, its Chinese cell commented; Word refusing rows: %s, then at the cursor', async (refused) => {
    const seeds = LAYOUTS.bilingual();
    const word = new FakeWord(seeds, '1.6');
    word.quirks.rowsRefused = refused;
    const host = createWordHost(word.api, 'en');
    const { finding, clause, placement } = await (async () => {
      const got = await host.readDocument();
      if (!got.ok) throw new Error(JSON.stringify(got));
      const result = review(got.value, { scenario: 'pre-deal-disclosure', role: 'recipient', library, playbooks });
      for (const f of result.findings) {
        const c = fixes.clickedFix(library, result, got.value, f, result.findings, { locale: 'en', companyName: '' });
        if (c?.kind === 'apply' && c.placement.kind === 'new') return { finding: f, clause: c.clause, placement: c.placement };
      }
      throw new Error('expected a clause the draft lacks');
    })();
    expect(await host.applyFix(finding, clause, placement)).toMatchObject({ ok: true, value: { mode: 'inserted', tracked: true } });
    const d = word.doc;
    const added = d.paragraphs.filter((p) => p.table && p.table.row > lastRow);
    expect(added.map((p) => p.text)).toEqual(refused ? [] : [...clauseLines(clause).map((l) => l.text), '']);
    expect(d.comments.length).toBe(refused ? 0 : 1);
    d.rejectAllChanges();
    expect(d.texts()).toEqual(seeds.map((s) => s.text));
  });
});

describe('the new row’s heading', () => {
  // The one-column table, its top-level headings ("7. Language") in a style and font of their own.
  const headed = (style: string): ParagraphSeed[] =>
    LAYOUTS.english().map((p) => (/^\d+\. /.test(p.text) ? { ...p, style, font: { bold: true, size: 12, name: 'Arial' } } : p));
  it.each(['Clause Heading', 'Heading 2'])('copies the look of the draft’s last top-level heading in its column: the style (%s) and its font', async (style) => {
    const { host, word, finding, clause, placement } = await open(headed(style), 'en');
    expect(await host.applyFix(finding, clause, placement)).toMatchObject({ ok: true, notes: [] });
    const added = word.doc.paragraphs.filter((p) => p.table?.row === lastRow + 1);
    expect(added[0]!.text).toBe(clauseLines(clause)[0]!.text);
    expect({ style: added[0]!.style, font: added[0]!.font }).toEqual({ style, font: { bold: true, size: 12, name: 'Arial' } });
    // The clause's other lines stay in the body's look.
    expect(added.slice(1).map((p) => [p.style, p.font?.bold ?? false])).toEqual(added.slice(1).map(() => ['Normal', false]));
  });
});

describe('what the row costs and where it cannot go in', () => {
  it('sends the same requests whatever comes before the table, but for the runtime’s object numbers', async () => {
    const requests = async (layout: 'bilingual' | 'long') => {
      const { host, word, finding, clause, placement } = await open(layout, 'en');
      expect(placement.row).toBeDefined();
      const sent: string[] = [];
      const answer = word.executeAsync.bind(word);
      word.executeAsync = (data, flags, message) => {
        sent.push(JSON.stringify(message.Body));
        return answer(data, flags, message);
      };
      expect(await host.applyFix(finding, clause, placement)).toMatchObject({ ok: true, notes: [] });
      // Office.js numbers every object path it makes, the items of a loaded collection included: 400 more paragraphs make those numbers longer, nothing else.
      return sent.map((body) => body.replace(/\d+/g, '#'));
    };
    const [short, long] = [await requests('bilingual'), await requests('long')];
    expect(short.length).toBeGreaterThan(0);
    expect(long).toEqual(short);
  });

  it.each(['en', 'zh-CN'] as Locale[])('where Word declines table rows, puts the clause in at the cursor, tracked, and says why (%s)', async (locale) => {
    const { host, word, seeds, finding, clause, placement } = await open('bilingual', locale, { rowsRefused: true });
    const applied = await host.applyFix(finding, clause, placement);
    const label = t(locale, 'io.report.sectionLabel', { label: clause.number! });
    expect(applied).toEqual({ ok: true, value: { mode: 'inserted', paragraphs: clauseLines(clause).length, tracked: true }, notes: [{ key: 'host.note.rowAtCursor', params: { clause: label } }] });
    expect(t(locale, 'host.note.rowAtCursor', { clause: label })).toContain(label);
    const d = word.doc;
    expect(d.paragraphs.filter((p) => p.table && p.table.row > lastRow)).toEqual([]);
    const inserted = d.paragraphs.filter((p) => p.changes.some((c) => c.type === 'Added'));
    expect(inserted.map((p) => p.text)).toEqual(clauseLines(clause).map((l) => l.text));
    expect(word.comments).toEqual([]);
    expect(d.trackingMode).toBe('Off');
    d.rejectAllChanges();
    expect(d.texts()).toEqual(seeds.map((s) => s.text));
  });

  it.each(['bilingual', 'english'] as const)('where Word fails part-way through the row (%s), takes the half-made row out and leaves the draft as it was', async (layout) => {
    const { host, word, seeds, finding, clause, placement } = await open(layout, 'en', { failsAt: 'InsertParagraph' });
    const applied = await host.applyFix(finding, clause, placement);
    expect(applied.ok).toBe(false);
    if (applied.ok) return;
    expect(applied.done).toEqual([{ key: 'host.done.rolledBack', params: { count: layout === 'bilingual' ? 2 : 1 } }, { key: 'host.done.trackingRestored' }]);
    const d = word.doc;
    expect(d.texts()).toEqual(seeds.map((s) => s.text));
    expect(d.paragraphs.filter((p) => p.table && p.table.row > lastRow)).toEqual([]);
    expect(d.allChanges()).toEqual([]);
    expect(d.trackingMode).toBe('Off');
  });

  it('where the last clause’s row is no longer where the review read it, puts the clause in at the cursor and says why', async () => {
    const { host, word, finding, clause, placement } = await open('bilingual', 'zh-CN');
    word.doc.paragraphs.find((p) => p.text === LINES.at(-1)![0])!.text = 'The Parties will add a signature block here.';
    const applied = await host.applyFix(finding, clause, placement);
    expect(applied.ok && applied.notes).toEqual([{ key: 'host.note.rowNotFound', params: { clause: t('zh-CN', 'io.report.sectionLabel', { label: clause.number! }) } }]);
    expect(word.doc.paragraphs.filter((p) => p.table && p.table.row > lastRow)).toEqual([]);
  });
});
