// Bold, italics and underline where the document's runs have them (their own properties over their
// character and paragraph styles), so the workspace shows a draft as Word does: checked against
// mammoth, an independent reader, over the real .docx files of the corpus, and on the Common Paper
// forms whose clauses sit in heading styles that are not bold.
import mammoth from 'mammoth';
import type { DocModel, DocParagraph, TextEmphasis } from '../../src/core/document';
import { readDocx } from '../../src/io';
import { corpusBytes, corpusFiles, HAVE_CORPUS, skipMessage } from './corpus';

const itCorpus = HAVE_CORPUS ? it : it.skip;

const stretches = (p: DocParagraph, flag: keyof Omit<TextEmphasis, 'start' | 'end'>) => (p.emphasis ?? []).filter((e) => e[flag]).map((e) => p.text.slice(e.start, e.end));
const squeezed = (s: string) => s.replace(/\s+/g, '');
const decode = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const share = (p: DocParagraph, flag: 'bold') => stretches(p, flag).join('').length / Math.max(1, p.text.length);

async function read(name: string): Promise<DocModel> {
  return readDocx(corpusBytes(name));
}

describe('bold, italics and underline read from a .docx', () => {
  beforeAll(skipMessage);

  itCorpus('every passage mammoth shows in bold or italics is bold or italic in our reading, over the whole corpus', async () => {
    let compared = 0;
    for (const name of corpusFiles()) {
      let doc: DocModel;
      try {
        doc = await read(name);
      } catch {
        continue; // files the reader refuses are tested elsewhere
      }
      const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(corpusBytes(name)) });
      const all = [...doc.paragraphs, ...(doc.notes ?? [])];
      for (const [tag, flag] of [['strong', 'bold'], ['em', 'italic']] as const) {
        const ours = squeezed(all.flatMap((p) => stretches(p, flag)).join(''));
        const theirs = [...html.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map((m) => squeezed(decode(m[1]!))).filter((s) => s.length >= 4);
        compared += theirs.length;
        expect({ name, tag, missed: theirs.filter((s) => !ours.includes(s)) }).toEqual({ name, tag, missed: [] });
      }
    }
    expect(compared).toBeGreaterThan(2000);
  }, 120_000);

  itCorpus('Common Paper clauses set in a heading style without bold are not bold: their titles are underlined, their defined terms bold', async () => {
    for (const name of ['contract_commonpaper_pilot_agreement.docx', 'contract_commonpaper_cloud_service_agreement.docx', 'contract_commonpaper_software_license_agreement.docx']) {
      const doc = await read(name);
      const clauses = doc.paragraphs.filter((p) => p.headingLevel !== undefined && p.text.length > 160);
      expect(clauses.length).toBeGreaterThan(30);
      // A disclaimer in capitals is bold in the runs themselves (mammoth agrees, above); the rest is not.
      const bold = clauses.filter((p) => share(p, 'bold') >= 0.5);
      expect(bold.length).toBeLessThan(clauses.length / 10);
      const access = clauses.find((p) => /^(?:Access and Use|License)\./.test(p.text))!;
      expect(stretches(access, 'underline')[0]).toMatch(/^(?:Access and Use|License)\.?$/);
      expect(stretches(access, 'bold').length).toBeGreaterThan(0);
    }
  });

  itCorpus('the Order Form table of the pilot: labels in bold, the drafting note in italics, the title plain', async () => {
    const doc = await read('contract_commonpaper_pilot_agreement.docx');
    const at = (text: string) => doc.paragraphs.find((p) => p.text === text)!;
    expect(at('Pilot Agreement').emphasis).toBeUndefined();
    expect(stretches(at('Effective Date'), 'bold')).toEqual(['Effective Date']);
    const note = doc.paragraphs.find((p) => p.text.startsWith('[Drafting note:'))!;
    expect(stretches(note, 'italic')[0]).toBe(note.text.slice(0, stretches(note, 'italic')[0]!.length));
    expect(stretches(note, 'bold')).toEqual([]);
  });
});
