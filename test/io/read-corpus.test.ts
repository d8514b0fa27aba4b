import mammoth from 'mammoth';
import { readDocx } from '../../src/io';
import type { DocModel } from '../../src/core/document';
import { corpusBytes, corpusFiles, HAVE_CORPUS, skipMessage } from './corpus';

/**
 * Every real .docx in the corpus reads without error, and our text matches mammoth's raw text
 * (an independent reader) after whitespace normalisation. Where the two legitimately differ, the
 * difference is modelled here and explained:
 * - mammoth's raw text drops line breaks inside a paragraph (w:br, w:cr), running the words either
 *   side together ("Cover Page<br/>for" becomes "Cover Pagefor"); Word shows a line break, and so do
 *   we, so line breaks inside a paragraph are removed from our side before comparing;
 * - mammoth turns checkbox content controls (w14:checkbox) into a checkbox with no text; Word
 *   shows the box character (☐ or ☒) and so do we;
 * - mammoth drops the result of a simple field (w:fldSimple); Word shows it («Kundenname») and so
 *   do we.
 * Both readers leave out footnotes, endnotes, comments, headers and footers from the body text,
 * accept insertions and drop deletions, and read one branch of mc:AlternateContent.
 * No corpus file is legitimately unreadable: all 84 are genuine .docx packages.
 */
const UNREADABLE: Record<string, string> = {};

const EXPLAINED: Record<string, { why: string; adjust: (ours: string) => string }> = {
  'fx_oxpt_HC030_content_controls.docx': { why: 'checkbox content control', adjust: (s) => s.replace(/[☐☒]/g, '') },
  'fx_oxpt_new_content_controls.docx': { why: 'checkbox content control', adjust: (s) => s.replace(/[☐☒]/g, '') },
  // Two checkbox content controls; the boxes before "Email" and "Postal mail" are typed text.
  'contract_bonterms_OFFICIAL_psa_example_cover_page.docx': {
    why: 'checkbox content controls',
    adjust: (s) => s.replace(/[☐☒](?=(Licensed|Assigned) Deliverables)/g, ''),
  },
  // The file holds a stray U+0085 (NEL, a mis-encoded "…"); xmldom, mammoth's XML parser, reads it
  // as a line end, we keep the character the file holds.
  'fx_docx4j_sample_docx.docx': { why: 'U+0085 in the text', adjust: (s) => s.replace(/\u0085/g, ' ') },
  'fx_docx4j_mergefield.docx': { why: 'w:fldSimple results', adjust: (s) => s.replace(/«\w+»/g, '') },
};

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

function ourText(doc: DocModel): string {
  return doc.paragraphs.map((p) => p.text.replace(/\n/g, '')).join('\n\n');
}

describe('reading the corpus', () => {
  if (!HAVE_CORPUS) {
    it.skip('needs ../shared/corpus/docx', skipMessage);
    return;
  }
  const files = corpusFiles();

  it('holds the files this test was written against', () => {
    expect(files.length).toBeGreaterThanOrEqual(80);
  });

  it.each(files.filter((f) => !(f in UNREADABLE)))('%s matches mammoth', async (file) => {
    const bytes = corpusBytes(file);
    const doc = await readDocx(bytes);
    expect(doc.paragraphs.length).toBeGreaterThan(0);
    doc.paragraphs.forEach((p, i) => expect(p.index).toBe(i));
    const theirs = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    const explained = EXPLAINED[file];
    const ours = explained ? explained.adjust(ourText(doc)) : ourText(doc);
    expect(normalise(ours)).toBe(normalise(theirs));
  });
});
