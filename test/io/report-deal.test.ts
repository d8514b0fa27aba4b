import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { run } from '../cli/run';
import { loadLibraryDir } from '../../src/cli/library-files';
import { t, type Locale } from '../../src/core/i18n';
import { io as IO_MESSAGES } from '../../src/core/i18n/messages/io';
import { fromText, review, type Playbooks } from '../../src/core/review';
import { writeReportDocx } from '../../src/io';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks: Playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;
const DRAFT_FILE = path.resolve(__dirname, '../fixtures/review/sample-testing-draft.txt');
const scenario = library.scenarios.find((s) => s.id === 'sample-testing')!;
const provider = scenario.roles.find((r) => r.id === 'provider')!;

/** A real review of a counterparty evaluation draft, reported with one finding dismissed; the report's paragraphs as mammoth reads them. */
async function report(locale: Locale) {
  const doc = fromText(readFileSync(DRAFT_FILE, 'utf8'));
  const result = review(doc, { scenario: 'sample-testing', role: 'provider', library, playbooks, locale });
  const dismissed = result.findings[1]!;
  const bytes = await writeReportDocx({ result, doc, file: 'evaluation-draft.docx', library, dismissed: new Set([dismissed.id]), locale });
  const paragraphs = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.split('\n').map((p) => p.trim()).filter(Boolean);
  return { result, dismissed, paragraphs };
}

describe('the review report states the deal and our side, and lists dismissed findings', () => {
  it('in English: the library’s name for the deal, our side in words, dismissed findings in their own part', async () => {
    const { result, dismissed, paragraphs } = await report('en');
    expect(paragraphs).toContain(t('en', 'io.report.scenario', { scenario: scenario.title.en }));
    expect(paragraphs).toContain(t('en', 'io.report.side', { side: provider.label.en }));
    // Which party that is in this draft, so the reader can check the side.
    expect(paragraphs).toContain('Read as: you are Shenzhen Anode Materials Co., Ltd. (Provider); the other side is Rheinland Motors GmbH (Evaluator)');
    expect(paragraphs.join('\n')).not.toContain('sample-testing');
    const part = paragraphs.indexOf(t('en', 'io.report.dismissed'));
    expect(part).toBeGreaterThan(0);
    const heading = (f: { severity: string; message: string }) => paragraphs.indexOf(`${t('en', `io.report.severity.${f.severity}` as 'io.report.severity.high')}: ${f.message}`);
    // The dismissed finding sits after the part's heading; every other one before it.
    expect(heading(dismissed)).toBeGreaterThan(part);
    for (const f of result.findings.filter((x) => x !== dismissed)) {
      expect(heading(f)).toBeGreaterThan(0);
      expect(heading(f)).toBeLessThan(part);
    }
    // The summary counts what is still open.
    const total = paragraphs.indexOf(t('en', 'io.report.total'));
    expect(paragraphs[total + 1]).toBe(String(result.findings.length - 1));
    // Each finding against a playbook position states the position and what is acceptable.
    const placed = result.findings.filter((f) => f.position);
    expect(placed.length).toBeGreaterThan(0);
    for (const f of placed) {
      expect(paragraphs).toContain(`${t('en', 'io.report.labelled', { label: t('en', 'io.report.want') })}${f.position!.want}`);
      expect(paragraphs).toContain(`${t('en', 'io.report.labelled', { label: t('en', 'io.report.acceptable') })}${f.position!.acceptable}`);
    }
  });

  it('in Chinese, with no English label anywhere', async () => {
    const { dismissed, paragraphs } = await report('zh-CN');
    expect(paragraphs).toContain(t('zh-CN', 'io.report.scenario', { scenario: scenario.title.zh }));
    expect(paragraphs).toContain(t('zh-CN', 'io.report.side', { side: provider.label.zh }));
    expect(paragraphs.indexOf(`${t('zh-CN', `io.report.severity.${dismissed.severity}` as 'io.report.severity.high')}：${dismissed.message}`)).toBeGreaterThan(paragraphs.indexOf(t('zh-CN', 'io.report.dismissed')));
    // Quotes and fixing clauses are the draft's English; labels are ours and must all be Chinese.
    const labels = Object.entries(IO_MESSAGES.en)
      .filter(([key]) => key.startsWith('io.report.'))
      .map(([, text]) => text.slice(0, text.includes('{') ? text.indexOf('{') : undefined).trim())
      .filter((prefix) => prefix.length > 0);
    expect(paragraphs.filter((p) => labels.some((label) => p === label || p.startsWith(`${label}:`) || p.startsWith(`${label}：`)))).toEqual([]);
  });

  it('from the command line too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cw-report-deal-'));
    try {
      const out = path.join(dir, 'report.docx');
      const io = await run('review', DRAFT_FILE, '--scenario', 'sample-testing', '--side', 'provider', '--report', out);
      expect(io.err).toBe('');
      const raw = (await mammoth.extractRawText({ path: out })).value;
      expect(raw).toContain(t('en', 'io.report.scenario', { scenario: scenario.title.en }));
      expect(raw).toContain(t('en', 'io.report.side', { side: provider.label.en }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
