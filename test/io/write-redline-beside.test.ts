// A fix that is a carve-out (a library variant marked `beside`) answers one term of the other side's
// clause: the clause stays whole and the carve-out goes in after it. Here the evaluator of a software
// pilot may not run security tests under a ten-item restrictions clause; the fix lets it test on its
// own systems and leaves the other nine restrictions standing.
import mammoth from 'mammoth';
import { loadLibraryDir } from '../../src/cli/library-files';
import { fixesFor, fixPlacement } from '../../src/core/fix';
import { review, segment, type Playbooks } from '../../src/core/review';
import { readDocx } from '../../src/io';
import { writeRedlineDocx } from '../../src/io/write/redline';
import { corpusBytes, HAVE_CORPUS, skipMessage } from './corpus';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks: Playbooks = {};
for (const s of library.scenarios) playbooks[s.id] = s.playbook as Playbooks[typeof s.id];

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const describeCorpus = HAVE_CORPUS ? describe : describe.skip;
skipMessage();

describeCorpus('a carve-out goes in beside the clause it answers', () => {
  it('keeps the restrictions whole and puts the testing carve-out right after them', async () => {
    const input = corpusBytes('contract_commonpaper_pilot_agreement.docx');
    const doc = await readDocx(input);
    const result = review(doc, { scenario: 'sample-testing', role: 'evaluator', playbooks, library });
    const fixes = fixesFor(library, result, doc);
    const finding = result.findings.find((f) => f.rule === 'one-sided.testing-barred')!;
    const clause = fixes(finding.fix!)!;
    expect(clause.beside).toBe(true);
    const placement = fixPlacement(doc, segment(doc), finding, clause);
    expect(placement).toMatchObject({ kind: 'part', part: { deleted: [] } });

    const restrictions = flat(doc.paragraphs[finding.evidence[0]!.paragraph]!.text);
    expect(restrictions).toMatch(/reverse engineer/);
    const out = await writeRedlineDocx({ docx: input, accepted: [{ finding, clause }], date: new Date('2026-12-04T10:30:00Z') });
    expect(out.changes).toBe(1);
    const carveOut = clause.paragraphs.map((p) => flat(p.text));
    expect(carveOut[0]).toMatch(/^Nothing in this Agreement prevents Customer from running/);
    for (const paragraphs of [
      (await readDocx(out.docx)).paragraphs.map((p) => flat(p.text)),
      (await mammoth.extractRawText({ buffer: Buffer.from(out.docx) })).value.split('\n').map(flat).filter(Boolean),
    ]) {
      const at = paragraphs.findIndex((p) => p.endsWith(restrictions));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(paragraphs.slice(at + 1, at + 1 + carveOut.length).map((p) => p.replace(/^[\d.]+\s*/, ''))).toEqual(carveOut);
    }
  });
});
