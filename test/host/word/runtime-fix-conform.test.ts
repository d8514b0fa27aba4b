import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibraryDir } from '../../../src/cli/library-files';
import * as fixes from '../../../src/core/fix';
import { t, type Locale } from '../../../src/core/i18n';
import { review, type Playbooks } from '../../../src/core/review';
import { COMMENT_MARKER } from '../../../src/host/common/comment';
import { createWordHost } from '../../../src/host/word';
import type { ParagraphSeed } from '../../support/fakeWord/model';
import { realRuntimeWord } from '../../support/officeRuntime';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;

// The mutual NDA in English and Chinese of the redline's test, open in Word over Microsoft's
// Office.js runtime (the simulated document answers its requests), laid out as the redline test
// lays it out: English | Chinese in a table, row by row, or the whole English then the whole
// Chinese. One click on the independent-development point puts the fix into the English clause as
// a tracked change and, as the redline does from the same core outcome, comments on the clause's
// Chinese version that it is to be conformed (and that it governs until then where it prevails),
// in the language the pane shows, in the same round trips as a fix with no Chinese to conform.
const read = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/bilingual', name), 'utf8').split('\n');
const EN = read('nda.en.txt');
const ZH = read('nda.zh.txt');

function rows(chinese: boolean): (readonly [string, string])[] {
  const all = EN.flatMap((l, i) => (l.trim() ? [[l, ZH[i]!] as const] : []));
  if (!chinese) return all;
  return all.map(([en, zh]) => [en.replace('the English text prevails', 'the Chinese text prevails'), zh.replace('以英文文本为准', '以中文文本为准')] as const);
}

const LAYOUTS = {
  table: (lines: ReturnType<typeof rows>): ParagraphSeed[] => lines.flatMap(([en, zh], row) => [{ text: en, table: { row, cell: 0 } }, { text: zh, table: { row, cell: 1 } }]),
  halves: (lines: ReturnType<typeof rows>): ParagraphSeed[] => [...lines.map(([en]) => ({ text: en })), ...lines.map(([, zh]) => ({ text: zh }))],
};

const CASES: [keyof typeof LAYOUTS, boolean, Locale][] = [
  ['table', false, 'en'],
  ['table', true, 'zh-CN'],
  ['halves', false, 'zh-CN'],
  ['halves', true, 'en'],
];

describe.each(CASES)('apply-fix in a draft laid out as %s (Chinese prevails: %s), the pane in %s', (layout, prevails, locale) => {
  const lines = rows(prevails);
  async function open() {
    const seeds = LAYOUTS[layout](lines);
    const { api, word } = realRuntimeWord(seeds, '1.6');
    const host = createWordHost(api, () => locale);
    const got = await host.readDocument();
    if (!got.ok) throw new Error(JSON.stringify(got));
    const doc = got.value;
    const result = review(doc, { scenario: 'pre-deal-disclosure', role: 'recipient', library, playbooks });
    const finding = result.findings.find((f) => f.rule === 'one-sided.no-independent-development')!;
    const clicked = fixes.clickedFix(library, result, doc, finding, result.findings, { locale, companyName: '' });
    if (clicked?.kind !== 'apply') throw new Error(`expected a fix to apply: ${JSON.stringify(clicked)}`);
    const [en, zh] = lines.find(([e]) => e.includes(finding.evidence[0]!.text))!;
    return { host, word, seeds, finding, clicked, en, zh };
  }

  it('replaces the English clause and comments on its Chinese that it is to be conformed, in the pane’s language, in no more round trips', async () => {
    const { host, word, seeds, finding, clicked, en, zh } = await open();
    const { placement } = clicked;
    if (placement.kind !== 'whole' && placement.kind !== 'part') throw new Error(`placed ${placement.kind}`);
    expect(placement.conform).toBeDefined();
    const before = word.syncs.length;
    const applied = await host.applyFix(finding, clicked.clause, placement);
    expect(applied).toMatchObject({ ok: true, value: { mode: 'replaced', tracked: true }, notes: [] });
    const syncs = word.syncs.length - before;

    const d = word.doc;
    expect(d.paragraphs.filter((p) => p.deleted).map((p) => p.text)).toEqual([en]);
    expect(word.comments).toHaveLength(1);
    const [comment] = word.comments;
    expect(d.texts().slice(d.indexOf(comment!.first), d.indexOf(comment!.last) + 1)).toEqual([zh]);
    const clause = t(locale, 'io.report.sectionLabel', { label: placement.span.label! });
    expect(comment!.content.startsWith(t(locale, 'io.redline.conform', { clause }))).toBe(true);
    expect(comment!.content.includes(t(locale, 'io.redline.conformPrevails'))).toBe(prevails);
    // The counsel's note that goes with the change, not a review mark that "clear marks" takes away.
    expect(comment!.content.startsWith(COMMENT_MARKER)).toBe(false);
    d.rejectAllChanges();
    expect(d.texts()).toEqual(seeds.map((s) => s.text));

    // The same click with no Chinese to conform takes as many round trips.
    const plain = await open();
    const { conform: _conform, ...without } = placement;
    const start = plain.word.syncs.length;
    expect((await plain.host.applyFix(plain.finding, plain.clicked.clause, without)).ok).toBe(true);
    expect(plain.word.comments).toHaveLength(0);
    expect(syncs).toBe(plain.word.syncs.length - start);
    expect(syncs).toBeLessThanOrEqual(2);
  });

  it('where the Chinese is no longer where the review found it, puts the fix in, comments on nothing else, and says which clause to conform', async () => {
    const { host, word, finding, clicked, zh } = await open();
    const chinese = word.doc.paragraphs.find((p) => p.text === zh)!;
    chinese.text = 'The Parties will sign a Chinese translation later.';
    const applied = await host.applyFix(finding, clicked.clause, clicked.placement);
    expect(applied).toMatchObject({ ok: true, value: { mode: 'replaced' } });
    expect(word.comments).toEqual([]);
    const label = clicked.placement.kind === 'whole' || clicked.placement.kind === 'part' ? clicked.placement.span.label! : '';
    expect(applied.ok && applied.notes).toEqual([{ key: 'host.note.conformNotFound', params: { clause: t(locale, 'io.report.sectionLabel', { label }) } }]);
  });
});
