import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './run';
import { makeDocx, para } from '../fixtures/io/make-docx';

// An English .docx reviewed with its Chinese .docx beside it (--counterpart): the two are paired by
// section number and checked against each other.
const DIR = path.join(__dirname, '../fixtures/bilingual');

interface Line {
  findings: { rule: string; message: string; evidence: { paragraph: number; text: string; counterpart?: boolean }[] }[];
}

describe('clausewright review --counterpart', () => {
  let dir: string;
  let en: string;
  let zh: string;
  let clean: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-cli-counterpart-'));
    const write = async (name: string, text: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, await makeDocx({ body: text.split('\n').filter(Boolean).map((l) => para(l)).join('') }));
      return file;
    };
    const zhText = readFileSync(path.join(DIR, 'nda.zh.txt'), 'utf8');
    en = await write('nda-en.docx', readFileSync(path.join(DIR, 'nda.en.txt'), 'utf8'));
    clean = await write('nda-zh.docx', zhText);
    // The Chinese gives the Receiving Party's notice ten days, not five.
    zh = await write('nda-zh-changed.docx', zhText.replace('应当在5日内书面通知', '应当在10日内书面通知'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const args = ['--scenario', 'pre-deal-disclosure', '--side', 'discloser'];

  it('finds the difference, quoting the English file first and the Chinese file second', async () => {
    const { code, out } = await run('review', en, '--counterpart', zh, ...args, '--json');
    expect(code).toBe(0);
    const bilingual = (JSON.parse(out) as Line).findings.filter((f) => f.rule.startsWith('discrepancy.bilingual-'));
    expect(bilingual.map((f) => f.rule)).toEqual(['discrepancy.bilingual-figures']);
    expect(bilingual[0]!.evidence.map((e) => [e.text.slice(0, 3), e.counterpart ?? false])).toEqual([
      ['2.3', false],
      ['2.3', true],
    ]);
  }, 30_000);

  it('prints the Chinese quote under the English one, naming the file', async () => {
    const { out } = await run('review', en, '--counterpart', zh, ...args);
    expect(out).toContain('English only: 5; Chinese only: 10');
    expect(out).toContain('in nda-zh-changed.docx: "2.3 接收方知悉保密信息');
  });

  it('finds nothing between the English and its faithful Chinese', async () => {
    const { out } = await run('review', en, '--counterpart', clean, ...args, '--json');
    expect((JSON.parse(out) as Line).findings.filter((f) => f.rule.startsWith('discrepancy.bilingual-'))).toEqual([]);
  });

  it('refuses a counterpart for several drafts', async () => {
    const { code, err } = await run('review', en, clean, '--counterpart', zh, ...args);
    expect(code).toBe(2);
    expect(err).toContain('--counterpart');
  });

  it('says which file could not be read', async () => {
    const { code, out } = await run('review', en, '--counterpart', path.join(dir, 'missing.docx'), ...args, '--json');
    expect(code).toBe(2);
    expect(JSON.parse(out).file).toContain('missing.docx');
  });
});
