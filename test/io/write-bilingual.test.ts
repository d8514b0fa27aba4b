import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { plan, presetAnswers, renderIn, type Answers } from '../../src/core/agreement';
import { writeBilingualDocx } from '../../src/io/write/bilingual';
import { realLibrary } from '../core/agreement/real-library';
import { HAVE_POPPLER, HAVE_SOFFICE, toPdf } from './libreoffice-settle';

const library = realLibrary();
const flat = (s: string) => s.replace(/\s+/g, '');

describe('a bilingual agreement as a .docx', () => {
  const answers: Answers = { ...presetAnswers(library, 'technology-license'), language: 'bilingual', prevailingLanguage: 'equal' };
  const { terms, zh } = renderIn(library, plan(library, answers), answers);
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeBilingualDocx(terms, zh!);
  });

  it('holds every English and every Chinese paragraph, each beside the other, as mammoth reads it', async () => {
    const read = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.split('\n').map((l) => l.trim()).filter(Boolean);
    terms.clauses.forEach((c, k) => {
      c.paragraphs.forEach((p, i) => {
        const en = read.findIndex((l) => l.endsWith(p.text));
        expect(en).toBeGreaterThanOrEqual(0);
        // The Chinese cell follows its English neighbour in reading order.
        expect(read.slice(en + 1, en + 3).some((l) => l.endsWith(zh!.clauses[k]!.paragraphs[i]!.text))).toBe(true);
      });
    });
  });

  (HAVE_SOFFICE && HAVE_POPPLER ? it : it.skip)(
    'opens in LibreOffice with both titles, the equal-texts clause and both signature blocks',
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'cw-bilingual-'));
      try {
        const docx = path.join(dir, 'licence.docx');
        writeFileSync(docx, bytes);
        const shown = flat(execFileSync('pdftotext', [toPdf(docx, dir), '-'], { encoding: 'utf8' }));
        for (const s of [terms.title, zh!.title, '两种文本同等有效', 'equallyauthentic', '代表清源医学影像科技有限公司']) expect(shown).toContain(flat(s));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
