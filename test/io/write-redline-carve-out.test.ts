import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { fixesFor } from '../../src/core/fix';
import { t } from '../../src/core/i18n';
import { review } from '../../src/core/review';
import { readDocx } from '../../src/io';
import { writeRedlineDocx, type RedlineResult } from '../../src/io/write/redline';
import { HAVE_SOFFICE, settle, toPdf } from './libreoffice-settle';
import { library, playbooks } from './redline-numbers';

// A supplier's sample evaluation agreement reviewed for us as the evaluator. Its Restrictions
// clause draws two points: results of our tests locked away (the fix is our Test Data terms) and a
// bar on benchmark and stress tests (the fix is a carve-out that goes in beside the clause: nothing
// prevents us from running the tests our evaluation needs). The two go in as one change: our Test
// Data terms, then the carve-out numbered on after them, where before the carve-out was left to a
// comment. The clause also bars reverse engineering and competing products, duties of their own
// that neither point is about: only the sentence that locks the results and bars the tests goes,
// and the fix follows the clause, whose other bans stay (before, the fix took the whole clause).
const LINES = readFileSync(path.join(__dirname, '../fixtures/carve-out/evaluation.txt'), 'utf8').split('\n').filter((l) => l.trim());
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** The other side's bans in the Restrictions clause, which no point is about, and the sentence the points are about. */
const THEIR_BANS = [
  '3.1 Evaluator shall not, and shall not permit any third party to, disassemble, decompile, reverse engineer or analyse the chemical composition of the Samples.',
  'During the term of this Agreement and for two years after it ends, Evaluator shall not develop, manufacture or sell any battery cell that competes with the Samples.',
];
const OFFENDING = 'Evaluator shall not run any benchmark, load or stress test on the Samples, nor disclose the results of any test to any person.';
/** A paragraph's words without its label ("3.1.4\tNothing in ..." gives "Nothing in ..."). */
const words = (line: string): string => flat(line.replace(/^[^\t]*\t/, ''));

describe('a rewrite and a carve-out for one clause of a real .docx', () => {
  let setup: Promise<{ doc: Awaited<ReturnType<typeof readDocx>>; out: RedlineResult; rewrite: string[]; carveOut: string[]; result: ReturnType<typeof review> }>;
  beforeAll(() => {
    setup = (async () => {
      const input = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: LINES.map((l) => new Paragraph(l)) }] })));
      const doc = await readDocx(input);
      const result = review(doc, { scenario: 'sample-testing', role: 'evaluator', library, playbooks });
      const fixes = fixesFor(library, result, doc);
      const out = await writeRedlineDocx({ docx: input, accepted: result.findings.map((finding) => ({ finding, clause: finding.fix ? fixes(finding.fix) : null })), date: new Date('2026-12-06T10:00:00Z') });
      const { locked, barred } = points(result);
      const own = (f: typeof locked) => fixes(f.fix!)!.paragraphs.filter((p) => !/^In this Section/.test(p.text)).map((p) => p.text);
      // The rewrite's sentence on how long it lasts gives way to one naming its own parts (survival-parts.ts).
      return { doc, out, result, rewrite: own(locked).filter((l) => !l.startsWith('This Section continues')), carveOut: own(barred) };
    })();
  });
  const points = (result: ReturnType<typeof review>) => ({
    locked: result.findings.find((f) => f.rule === 'one-sided.locked-results')!,
    barred: result.findings.find((f) => f.rule === 'one-sided.testing-barred')!,
  });

  it('puts the carve-out in after our Test Data terms, numbered on, as one change (our reader, mammoth)', async () => {
    const { out, result, rewrite, carveOut } = await setup;
    const { locked, barred } = points(result);
    expect([locked.section, barred.section]).toEqual(['3.1', '3.1']);
    const ids = out.applied.map((a) => a.finding);
    expect(ids).toContain(locked.id);
    expect(ids).not.toContain(barred.id);
    const applied = out.applied.find((a) => a.finding === locked.id)!;
    const change = applied.paragraphs;
    const body = change.filter((l) => !/^[^\t]*\tIn (?:this Section|Sections)/.test(l));
    // Beside 3.1, with no 3.2 in the draft, the fix is numbered 3.2 on, as a lawyer inserts clauses (beside-label.ts).
    expect(body.map(words)).toEqual(
      [...rewrite, ...carveOut, 'Sections 3.2 to 3.4 continue after this Agreement ends, without time limit. The restrictions on use and disclosure of Test Data in Sections 3.2 to 3.8 continue for [number of years] years after this Agreement ends.'].map(flat),
    );
    expect(change.map((l) => l.split('\t')[0])).toEqual(change.map((_, i) => `3.${i + 2}`));
    expect(applied.keeps).toEqual(THEIR_BANS);
    const back = (await readDocx(out.docx)).paragraphs.map((p) => flat(p.text));
    for (const line of carveOut) expect(back.some((x) => x.includes(flat(line)))).toBe(true);
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(out.docx) })).value;
    for (const line of carveOut) expect(flat(raw)).toContain(flat(line));
    // mammoth reads the text as changes accepted: the other side's bans stand in 3.1, the sentence our fix answers does not.
    for (const ban of THEIR_BANS) expect(flat(raw)).toContain(ban.replace(/^3\.1 /, ''));
    expect(flat(raw)).not.toContain(OFFENDING);
    expect(back.some((x) => x.includes(OFFENDING))).toBe(false);
    for (const ban of THEIR_BANS) expect(back.some((x) => x.includes(ban.replace(/^3\.1 /, '')))).toBe(true);
    // The testing point's comment says the change to Section 3.1 deals with it; none says its clause is taken by another.
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(out.docx) }, { styleMap: ['comment-reference => sup'] })).value;
    const comments = [...html.matchAll(/<dd>(.*?)<\/dd>/gs)].map((m) => m[1]!);
    expect(comments.filter((c) => c.includes(t('en', 'io.redline.joined', { clause: 'Section 3.1' })))).toHaveLength(1);
    expect(html).not.toContain(t('en', 'io.redline.covered').split('{clause}')[0]!);
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice opens it; accepting every change gives the clause with the other bans, then our terms and the carve-out; rejecting every change, the draft',
    async () => {
      const { out, doc, rewrite, carveOut } = await setup;
      const dir = mkdtempSync(path.join(tmpdir(), 'cw-carve-'));
      try {
        const file = path.join(dir, 'redlined.docx');
        writeFileSync(file, out.docx);
        expect(statSync(toPdf(file, dir)).size).toBeGreaterThan(1000);
        const accepted = (await readDocx(new Uint8Array(readFileSync(settle(file, 'Accept', dir))))).paragraphs.map((p) => flat(p.text));
        const at = (line: string) => accepted.findIndex((x) => x.endsWith(flat(line)));
        const order = [...rewrite, ...carveOut].map(at);
        expect(order.every((i) => i >= 0)).toBe(true);
        expect([...order].sort((x, y) => x - y)).toEqual(order);
        // Accepted, the clause keeps the other side's bans and loses only the sentence our fix answers, the fix after it.
        const clause = accepted.find((x) => x.includes(THEIR_BANS[1]!))!;
        expect(clause).toContain(THEIR_BANS[0]!.replace(/^3\.1 /, ''));
        expect(accepted.some((x) => x.includes(OFFENDING))).toBe(false);
        expect(accepted.indexOf(clause)).toBeLessThan(order[0]!);
        const rejected = (await readDocx(new Uint8Array(readFileSync(settle(file, 'Reject', dir))))).paragraphs.map((p) => flat(p.text));
        expect(rejected.filter(Boolean)).toEqual(doc.paragraphs.map((p) => flat(p.text)).filter(Boolean));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
