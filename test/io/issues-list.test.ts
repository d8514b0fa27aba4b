import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadLibraryDir } from '../../src/cli/library-files';
import { issuesList, ISSUE_COLUMNS, type IssuesList } from '../../src/core/fix';
import { t } from '../../src/core/i18n';
import { fromText, review, type Playbooks } from '../../src/core/review';
import { writeIssuesCsv } from '../../src/io';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks: Playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;

const DRAFT = readFileSync(path.resolve(__dirname, '../fixtures/review/sample-testing-draft.txt'), 'utf8');
const HOSTILE_LINK = '=HYPERLINK("http://attacker.example/x","Samples")';
/** The same draft with a spreadsheet formula planted where a clause begins, so the review quotes it. */
const HOSTILE = DRAFT.replace('4.1 Upon termination of this Agreement,', `${HOSTILE_LINK} upon termination of this Agreement,`);

function listOf(text: string, options: Omit<Parameters<typeof issuesList>[0], 'review' | 'doc'> = {}): IssuesList {
  const doc = fromText(text);
  const locale = options.locale ?? 'en';
  const result = review(doc, { scenario: 'sample-testing', role: 'provider', library, playbooks, locale });
  return issuesList({ review: result, doc, library, ...options });
}

const PYTHON = spawnSync('python3', ['--version']).status === 0;
if (!PYTHON) console.warn('Skipping the CSV read-back: python3 is absent.');

describe('the issues list as CSV', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-issues-csv-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The CSV as Python's csv module reads it back. */
  function roundTrip(list: IssuesList): string[][] {
    const file = path.join(dir, 'list.csv');
    writeFileSync(file, writeIssuesCsv(list));
    const script = 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))';
    const r = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as string[][];
  }

  (PYTHON ? it : it.skip)('leads a formula planted in the draft with an apostrophe, so a spreadsheet shows it as text', () => {
    const list = listOf(HOSTILE);
    const planted = list.rows.filter((r) => r.theirText.startsWith(HOSTILE_LINK));
    expect(planted.length).toBeGreaterThan(0);
    const rows = roundTrip(list);
    const quotes = rows.slice(1).map((r) => r[ISSUE_COLUMNS.indexOf('theirText')]!);
    expect(quotes.filter((q) => q.startsWith(`'${HOSTILE_LINK}`))).toHaveLength(planted.length);
    expect(quotes.filter((q) => q.startsWith('='))).toEqual([]);
  });

  (PYTHON ? it : it.skip)('neutralises every cell that starts with = + - @ or a tab, and leaves the rest as written', () => {
    const list = listOf(DRAFT);
    const first = list.rows[0]!;
    const hostile = { section: '+1+1', issue: '-2+3+cmd|\' /C calc\'!A0', position: '@SUM(A1:A9)', why: '\t=1+1', status: '=1' };
    list.rows[0] = { ...first, ...hostile };
    const rows = roundTrip(list);
    for (const [column, value] of Object.entries(hostile)) expect(rows[1]![ISSUE_COLUMNS.indexOf(column as keyof typeof hostile)]).toBe(`'${value}`);
    // Quotes, commas and line breaks inside a cell survive; "=" inside a cell is no formula.
    expect(rows[1]![ISSUE_COLUMNS.indexOf('proposed')]).toBe(first.proposed);
    expect(first.proposed).toMatch(/,[\s\S]*\n/);
    for (const [i, r] of list.rows.slice(1).entries()) expect(rows[i + 2]).toEqual(ISSUE_COLUMNS.map((c) => r[c]));
  });

  (PYTHON ? it : it.skip)('writes Chinese headers and statuses, with a byte-order mark for Excel', () => {
    const list = listOf(DRAFT, { locale: 'zh-CN' });
    const bytes = writeIssuesCsv(list);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = roundTrip(list);
    expect(rows[0]).toEqual(ISSUE_COLUMNS.map((c) => t('zh-CN', `io.issues.column.${c}`)));
    expect(new Set(rows.slice(1).map((r) => r[ISSUE_COLUMNS.indexOf('status')]))).toEqual(new Set([t('zh-CN', 'io.issues.status.open')]));
  });
});

describe('the issues list model', () => {
  it('lists dismissed findings after the open ones, marked dismissed, never dropped', () => {
    const all = listOf(DRAFT);
    expect(all.rows.length).toBeGreaterThan(3);
    expect(all.rows.every((r) => r.state === 'open' && r.status === 'Open')).toBe(true);
    const setAside = all.rows[1]!.findingId;
    const list = listOf(DRAFT, { dismissed: new Set([setAside]) });
    expect(list.rows.map((r) => r.findingId)).toEqual([...all.rows.map((r) => r.findingId).filter((id) => id !== setAside), setAside]);
    expect(list.rows.map((r) => r.number)).toEqual(all.rows.map((_, i) => String(i + 1)));
    expect(list.rows.at(-1)!.status).toBe(t('en', 'io.issues.status.dismissed'));
    expect(list.rows.filter((r) => r.state === 'dismissed')).toHaveLength(1);
  });

  it('states our position as the playbook puts it for our side, else the fixing clause’s own summary, else what we ask for', () => {
    const list = listOf(DRAFT);
    const positions = Object.values(playbooks['sample-testing']!.provider!.positions!).map((p) => `${p!.want.en}\nAcceptable: ${p!.acceptable.en}`);
    expect(list.rows.filter((r) => positions.includes(r.position)).length).toBeGreaterThan(0);
    const rest = list.rows.filter((r) => !positions.includes(r.position));
    const fixed = new Set(review(fromText(DRAFT), { scenario: 'sample-testing', role: 'provider', library, playbooks }).findings.filter((f) => f.fix).map((f) => f.id));
    const withFix = rest.filter((r) => fixed.has(r.findingId));
    const withoutFix = rest.filter((r) => !fixed.has(r.findingId));
    // A point no clause of ours fixes is a comment only, and says so.
    for (const r of withoutFix) expect(r.proposed).toBe(t('en', 'io.issues.commentOnly'));
    expect(withFix.length).toBeGreaterThan(0);
    expect(withoutFix.length).toBeGreaterThan(0);
    const summaries = new Set(library.clauses.flatMap((c) => c.variants.map((v) => v.note.en.what)));
    for (const r of withFix) expect(summaries.has(r.position)).toBe(true);
    for (const r of withoutFix) expect(r.position).toBe(t('en', 'io.issues.position.drafting'));
  });

  it('gives the playbook position in Chinese in a Chinese list', () => {
    const list = listOf(DRAFT, { locale: 'zh-CN' });
    const wants = Object.values(playbooks['sample-testing']!.provider!.positions!).map((p) => `${p!.want.zh}\n可接受：${p!.acceptable.zh}`);
    expect(list.rows.some((r) => wants.includes(r.position))).toBe(true);
  });
});
