import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './run';
import { makeDocx, para } from '../fixtures/io/make-docx';

// A Chinese draft from the command line, as .txt and as .docx: findings quote the Chinese text.
const ZH = path.join(__dirname, '../fixtures/zh');

interface Line {
  scenario: string;
  topics: { id: string; present: boolean; evidence: { text: string }[] }[];
  findings: { rule: string; section?: string; message: string; evidence: { paragraph: number; start: number; end: number; text: string }[] }[];
}

describe('clausewright review of a Chinese draft', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-cli-zh-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reviews a Chinese .txt: the deal from its title, findings with Chinese quotes at their offsets', async () => {
    const file = path.join(ZH, 'patent-license.txt');
    const { code, out } = await run('review', file, '--side', 'licensee', '--json');
    expect(code).toBe(0);
    const line = JSON.parse(out) as Line;
    expect(line.scenario).toBe('technology-license');
    expect(line.topics.find((t) => t.id === 'territory')?.present).toBe(true);
    const back = line.findings.find((f) => f.rule === 'one-sided.assignment')!;
    expect(back.section).toBe('6.1');
    const quote = back.evidence[0]!;
    expect(quote.text).toContain('归甲方所有');
    const paragraphs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
    expect(paragraphs[quote.paragraph]!.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('reviews a Chinese .docx with --scenario and --side, and prints the findings in the reader\'s language', async () => {
    const lines = readFileSync(path.join(ZH, 'joint-development.txt'), 'utf8').split('\n').filter((l) => l.trim());
    const body = lines.map((l) => (/^第.{1,3}条\s\S{1,12}$/.test(l) ? para(l, '<w:pStyle w:val="Heading1"/>') : para(l))).join('');
    const docx = path.join(dir, '技术开发合同.docx');
    writeFileSync(docx, await makeDocx({ body }));
    const json = await run('review', docx, '--scenario', 'joint-development', '--side', 'co-developer', '--json');
    expect(json.code).toBe(0);
    const line = JSON.parse(json.out) as Line;
    const joint = line.findings.find((f) => f.rule === 'ambiguous.joint-ownership')!;
    expect(joint.evidence[0]!.text).toBe('4.1 双方确定，因履行本合同所产生的研究开发成果及其相关知识产权，由双方共同所有。');
    const lang = process.env.LC_ALL;
    process.env.LC_ALL = 'zh-CN';
    try {
      const human = await run('review', docx, '--scenario', 'joint-development', '--side', 'co-developer');
      expect(human.out).toContain('由双方共同所有');
      expect(human.out).toContain('约定“共同所有”，但没有共有条款');
      // The kind of each finding is said in the reader's language too, not as the JSON's id.
      expect(human.out).toContain('[不明确] ');
      expect(human.out).not.toMatch(/\[(?:ambiguous|missing|one-sided|drafting)\]/);
      expect(human.out).toMatch(/（第 [\d.]+ 条）\n/);
    } finally {
      if (lang === undefined) delete process.env.LC_ALL;
      else process.env.LC_ALL = lang;
    }
  });
});
