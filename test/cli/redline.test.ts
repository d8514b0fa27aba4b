import { mkdtempSync, rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { t } from '../../src/core/i18n';
import { readDocx } from '../../src/io';
import { CORPUS_DOCX, HAVE_CORPUS, skipMessage } from '../io/corpus';
import { run } from './run';

const PILOT = path.join(CORPUS_DOCX, 'contract_commonpaper_pilot_agreement.docx');
skipMessage();

(HAVE_CORPUS ? describe : describe.skip)('clausewright review --redline', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-cli-redline-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the draft back with every fix and says where and how much in the JSON line', async () => {
    const out = path.join(dir, 'pilot-revised.docx');
    const io = await run('review', PILOT, '--scenario', 'sample-testing', '--side', 'evaluator', '--redline', out, '--json');
    expect(io.err).toBe('');
    const line = JSON.parse(io.out) as { findings: { fix?: { clause: string; variant: string } }[]; redline: { file: string; changes: number; comments: number } };
    expect(line.redline.file).toBe(out);
    // One change per fixing clause: two findings fixed by the same clause share it, and a fix whose
    // clause of the draft another fix already rewrites (or joins) is a comment saying so.
    const clauses = new Set(line.findings.filter((f) => f.fix).map((f) => `${f.fix!.clause}/${f.fix!.variant}`));
    expect(clauses.size).toBeGreaterThan(1);
    expect(line.redline.comments).toBe(line.findings.length);
    const back = await readDocx(readFileSync(out));
    const ours = back.comments!.filter((c) => c.author === 'Clausewright');
    expect(ours).toHaveLength(line.redline.comments);
    const opening = (key: 'io.redline.covered' | 'io.redline.joined') => t('en', key, { clause: '\u0000' }).split('\u0000')[0]!;
    const noChange = ours.filter((c) => c.text.includes(opening('io.redline.covered')) || c.text.includes(opening('io.redline.joined')));
    expect(line.redline.changes).toBe(clauses.size - noChange.length);
  });

  it('--only takes only the findings of the rules it names', async () => {
    const out = path.join(dir, 'pilot-feedback.docx');
    const io = await run('review', PILOT, '--scenario', 'sample-testing', '--side', 'evaluator', '--redline', out, '--only', 'one-sided.free-feedback', '--author', 'Li Wei');
    expect(io.code).toBe(0);
    expect(io.out).toContain(t('en', 'cli.redline.written', { file: out, changes: 1, comments: 1 }));
    const back = await readDocx(readFileSync(out));
    expect(back.comments!.filter((c) => c.author === 'Li Wei')).toHaveLength(1);
    expect(back.revisions!.filter((r) => r.author === 'Li Wei').length).toBeGreaterThan(1);
    // 1.5 deals with feedback and usage data: only its feedback sentences are replaced, so it keeps
    // its number, heading and usage-data sentences, our 1.5.1 and on follow it, and 1.6 and on keep theirs.
    expect(back.paragraphs.find((p) => p.text.startsWith('Restrictions.'))?.listLabel).toBe('1.6');
    const at = back.paragraphs.findIndex((p) => p.text.startsWith('Feedback and Usage Data.'));
    expect(back.paragraphs[at]!.listLabel).toBe('1.5');
    expect(back.paragraphs[at]!.text).toMatch(/Provider may collect and analyze Usage Data/);
    expect(back.paragraphs[at]!.text).not.toMatch(/Feedback freely/);
    expect(back.paragraphs[at + 1]!.text).toMatch(/^1\.5\.1\t/);
    expect(back.paragraphs.find((p) => p.text.startsWith('Reservation of Rights'))?.listLabel).toBe('1.7');
  });

  it('refuses a draft that is not a .docx, an output it cannot write, and --only without --redline', async () => {
    const txt = path.resolve(__dirname, '../fixtures/review/sample-testing-draft.txt');
    const notDocx = await run('review', txt, '--scenario', 'sample-testing', '--side', 'evaluator', '--redline', path.join(dir, 'x.docx'));
    expect(notDocx.code).toBe(2);
    expect(notDocx.err).toContain(t('en', 'cli.redline.notDocx', { file: txt }));
    const nowhere = path.join(dir, 'no-such-folder', 'x.docx');
    const unwritable = await run('review', PILOT, '--scenario', 'sample-testing', '--side', 'evaluator', '--redline', nowhere);
    expect(unwritable.code).toBe(2);
    expect(unwritable.err).toContain(t('en', 'cli.redline.writeFailed', { file: nowhere, reason: 'ENOENT' }));
    const onlyAlone = await run('review', PILOT, '--only', 'one-sided.free-feedback');
    expect(onlyAlone.code).toBe(2);
    expect(onlyAlone.err).toContain(t('en', 'cli.redline.onlyWithout'));
  });
});
