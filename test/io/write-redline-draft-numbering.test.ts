import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { fixesFor } from '../../src/core/fix';
import { review } from '../../src/core/review';
import { readDocx } from '../../src/io';
import { writeRedlineDocx } from '../../src/io/write/redline';
import { library, playbooks } from './redline-numbers';

// A software licence written for this test in Chinese, its articles 第一条 … 第十条, the paragraphs
// inside each 一、二、; we are the licensor, who pays for every loss of the licensee without a cap.
// Before, the new sections went in as "11. 许可授予 / 11.1 …" and a fix beside an article as "2.1 …"
// (一、 read as article 1); now as the draft numbers its own.
const LINES = readFileSync(path.join(__dirname, '../fixtures/fix/zh-articles-licence.txt'), 'utf8').split('\n').filter((l) => l.trim());

describe('fixes redlined into a Chinese draft numbered 第N条 with 一、 paragraphs', () => {
  let text: Promise<string>;
  beforeAll(() => {
    text = (async () => {
      const input = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: LINES.map((l) => new Paragraph(l)) }] })));
      const doc = await readDocx(input);
      const result = review(doc, { scenario: 'technology-license', role: 'licensor', library, playbooks });
      const fixes = fixesFor(library, result, doc);
      const accepted = result.findings.filter((f) => f.fix).map((finding) => ({ finding, clause: fixes(finding.fix!) }));
      const out = await writeRedlineDocx({ docx: input, accepted, date: new Date('2026-12-07T10:00:00Z') });
      return (await mammoth.extractRawText({ buffer: Buffer.from(out.docx) })).value;
    })();
  });

  it('puts new sections in as 第十一条, 第十二条 … with 一、二、 paragraphs and 第X条 references', async () => {
    const lines = (await text).split('\n').filter(Boolean);
    const at = lines.findIndex((l) => /^第十一条 \S/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^一、\S/);
    expect(lines.some((l) => /^第十二条 \S/.test(l))).toBe(true);
    // No label of ours in figures anywhere, nor a reference in figures.
    expect(lines.filter((l) => /^\d{1,2}(?:\.\d{1,2})?[.\t]/.test(l))).toEqual([]);
    expect(lines.filter((l) => /第\d+(?:\.\d+)?条/.test(l))).toEqual([]);
  });

  it('numbers the liability cap beside 第五条 on from the paragraphs that stay (三、 after 二、)', async () => {
    const lines = (await text).split('\n').filter(Boolean);
    const fifth = lines.indexOf('第五条 赔偿');
    const sixth = lines.findIndex((l, i) => i > fifth && l.startsWith('第六条'));
    const inFifth = lines.slice(fifth + 1, sixth).map((l) => /^(.{1,4}?)[、）]/.exec(l)?.[1]);
    expect(inFifth.slice(0, 4)).toEqual(['一', '二', '三', '四']);
    expect(lines.slice(fifth + 1, sixth).join('\n')).toMatch(/以【金额/);
  });
});
