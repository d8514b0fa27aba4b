import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { fixesFor } from '../../src/core/fix';
import { review } from '../../src/core/review';
import { readDocx } from '../../src/io';
import { writeRedlineDocx, type RedlineResult } from '../../src/io/write/redline';
import { HAVE_SOFFICE, settle, toPdf } from './libreoffice-settle';
import { library, playbooks } from './redline-numbers';

// A supplier's module evaluation agreement reviewed for the supplier. Its Restrictions clause bars
// decompiling firmware only, and lets the evaluator use its test results for any purpose: two
// points, whose fixes (a full reverse-engineering ban, kept for some years after the agreement
// ends, and a use of results for the Purpose only, kept without time limit) go in as one change to
// the clause. The section then says once how long each part lasts, naming each part, instead of two
// sentences on "this Section" that contradict each other.
const LINES = readFileSync(path.join(__dirname, '../fixtures/survival/evaluation.txt'), 'utf8').split('\n').filter((l) => l.trim());
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const words = (line: string): string => flat(line.replace(/^[^\t]*\t/, ''));

describe('two fixes that last for different periods, joined in one clause of a .docx', () => {
  let setup: Promise<{ out: RedlineResult; change: string[] }>;
  beforeAll(() => {
    setup = (async () => {
      const input = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: LINES.map((l) => new Paragraph(l)) }] })));
      const doc = await readDocx(input);
      const result = review(doc, { scenario: 'sample-testing', role: 'provider', library, playbooks });
      const fixes = fixesFor(library, result, doc);
      const out = await writeRedlineDocx({ docx: input, accepted: result.findings.map((finding) => ({ finding, clause: finding.fix ? fixes(finding.fix) : null })), date: new Date('2026-12-06T10:00:00Z') });
      const ban = result.findings.find((f) => f.rule === 'ambiguous.software-only-nre')!;
      const use = result.findings.find((f) => f.rule === 'one-sided.results-any-purpose')!;
      expect([ban.section, use.section]).toEqual(['3.1', '3.1']);
      expect(out.applied.map((a) => a.finding)).not.toContain(use.id);
      return { out, change: out.applied.find((a) => a.finding === ban.id)!.paragraphs };
    })();
  });

  const SAID = 'Sections 3.1.1 to 3.1.3 continue for [number of years] years after this Agreement ends; and Sections 3.1.4 and 3.1.5 continue after this Agreement ends, without time limit.';

  it('ends the joined clause with one sentence naming each part with its own period (our reader, mammoth)', async () => {
    const { out, change } = await setup;
    expect(words(change.at(-1)!)).toBe(SAID);
    expect(change.filter((l) => l.includes('This Section continues'))).toEqual([]);
    expect(change.slice(1).map((l) => l.split('\t')[0])).toEqual(['3.1.1', '(a)', '(b)', '(c)', '(d)', '3.1.2', '3.1.3', '3.1.4', '3.1.5', '3.1.6']);
    // Read back, the clause from its first new paragraph to the sentence: no sentence on "this Section" in it.
    const clause = (texts: string[]) => texts.slice(texts.findIndex((x) => x.endsWith(words(change[1]!))), texts.findIndex((x) => x.includes(SAID)) + 1);
    const back = clause((await readDocx(out.docx)).paragraphs.map((p) => flat(p.text)));
    expect(back.length).toBe(change.length - 1);
    expect(back.filter((x) => x.includes('This Section continues'))).toEqual([]);
    const raw = clause((await mammoth.extractRawText({ buffer: Buffer.from(out.docx) })).value.split('\n').map(flat).filter(Boolean));
    expect(raw.length).toBe(change.length - 1);
    expect(raw.filter((x) => x.includes('This Section continues'))).toEqual([]);
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice, accepting every change, keeps the one sentence after the parts it names',
    async () => {
      const { out, change } = await setup;
      const dir = mkdtempSync(path.join(tmpdir(), 'cw-survival-'));
      try {
        const file = path.join(dir, 'redlined.docx');
        writeFileSync(file, out.docx);
        toPdf(file, dir);
        const accepted = (await readDocx(new Uint8Array(readFileSync(settle(file, 'Accept', dir))))).paragraphs.map((p) => flat(p.text));
        const at = (line: string) => accepted.findIndex((x) => x.endsWith(words(line)));
        const order = change.slice(1).map(at);
        expect(order.every((i) => i >= 0)).toBe(true);
        expect([...order].sort((x, y) => x - y)).toEqual(order);
        expect(accepted.filter((x) => x.includes(SAID))).toHaveLength(1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
