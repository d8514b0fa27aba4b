import { readDocx } from '../../src/io';
import type { DocModel } from '../../src/core/document';
import { corpusBytes, HAVE_CORPUS, skipMessage } from './corpus';

const read = (file: string): Promise<DocModel> => readDocx(corpusBytes(file));
const corpusIt = HAVE_CORPUS ? it : it.skip;
if (!HAVE_CORPUS) skipMessage();

describe('list labels as Word shows them', () => {
  // docx4j's fixtures carry the label Word shows in the text itself: "[expect]Section 1.01[/expect]".
  corpusIt.each([
    'fx_docx4j_numbering_article_section_isLgl.docx',
    'fx_docx4j_numbering_article_section_notIsLgl.docx',
    'fx_docx4j_numbering_startOverride.docx',
  ])('%s matches every [expect] label', async (file) => {
    const doc = await read(file);
    const marked = doc.paragraphs.filter((p) => p.text.startsWith('[expect]'));
    expect(marked.length).toBeGreaterThanOrEqual(6);
    for (const p of marked) expect(p.listLabel).toBe(/^\[expect\](.*?)\[\/expect\]/.exec(p.text)![1]);
  });

  corpusIt('isLgl turns the article number decimal inside the section number', async () => {
    const lgl = await read('fx_docx4j_numbering_article_section_isLgl.docx');
    const plain = await read('fx_docx4j_numbering_article_section_notIsLgl.docx');
    expect(lgl.paragraphs.map((p) => p.listLabel).filter(Boolean)).toEqual(['Article I.', 'Section 1.01', '(a)', 'Article II.', 'Section 2.01', '(a)']);
    expect(plain.paragraphs[5]!.listLabel).toBe('Section II.01');
    expect(lgl.paragraphs[5]!.headingLevel).toBe(2);
    expect(lgl.paragraphs[5]!.style).toBe('Heading 2');
  });

  // Checked against LibreOffice's rendering of the same files (soffice --convert-to txt).
  corpusIt('a multi-level list: 1), a), i), restarting deeper levels', async () => {
    const doc = await read('fx_oxpt_new_hierarchical_numbered_list.docx');
    expect(doc.paragraphs.map((p) => p.listLabel)).toEqual(['1)', 'a)', 'b)', '2)', 'a)', 'b)', 'c)', 'i)', '3)', 'a)']);
  });

  corpusIt('a list that starts at 2, and a second list that starts again at 1', async () => {
    const doc = await read('fx_pandoc_lists_restarting.docx');
    expect(doc.paragraphs.filter((p) => p.listLabel).map((p) => `${p.listLabel} ${p.text}`)).toEqual(['2. Foo', '3. Bar', '4. Baz', '1. Bop.']);
  });

  corpusIt('three separate lists each count from 1', async () => {
    const doc = await read('fx_oxpt_DB012_lists_different_numberings.docx');
    expect(doc.paragraphs.filter((p) => p.listLabel).map((p) => p.listLabel)).toEqual(['1.', '2.', '3.', '1.', '2.', '3.', '1.', '2.', '3.']);
  });

  // Word and LibreOffice number these standard terms 1. to 8.; read without the numbering style
  // behind their list, the whole agreement had no section numbers and fixes were numbered from 1.
  corpusIt('a list whose levels are held by a numbering style (w:numStyleLink to w:styleLink)', async () => {
    const doc = await read('contract_commonpaper_design_partner_agreement.docx');
    const tops = doc.paragraphs.filter((p) => p.listLabel && /^\d+\.$/.test(p.listLabel)).map((p) => `${p.listLabel} ${p.text.trim()}`);
    expect(tops).toEqual(['1. Design Partner Overview', '2. Fees and Costs', '3. Term & Termination', '4. Disclaimer of Warranties', '5. Confidentiality', '6. Intellectual Property', '7. General Terms', '8. Definitions']);
    expect(doc.paragraphs.find((p) => p.text.startsWith('Ownership. Provider owns all Feedback'))?.listLabel).toBe('6.2.');
    expect(doc.paragraphs.find((p) => p.text.startsWith('Partner will no longer have any right'))?.listLabel).toBe('(a)');
  });
});

describe('tracked changes', () => {
  corpusIt('an insertion is kept in the text and recorded with its author and date', async () => {
    const doc = await read('fx_pandoc_track_changes_insertion.docx');
    expect(doc.revisions).toEqual([{ kind: 'insertion', author: 'eng-dept', date: '2014-06-25T10:40:00Z', paragraph: 0, text: 'two exciting ' }]);
    expect(doc.paragraphs[0]!.text).toContain('two exciting ');
  });

  corpusIt('a deletion is dropped from the text and recorded', async () => {
    const doc = await read('fx_pandoc_track_changes_deletion.docx');
    expect(doc.revisions).toEqual([{ kind: 'deletion', author: 'eng-dept', date: '2014-06-25T10:42:00Z', paragraph: 0, text: 'n excessively modified' }]);
    expect(doc.paragraphs[0]!.text).not.toContain('excessively');
  });

  corpusIt('a move is a deletion where it was and an insertion where it went', async () => {
    const doc = await read('fx_oxpt_RP015_movefrom_moveto.docx');
    const moved = 'When you click Online Video.';
    expect(doc.revisions!.map((r) => [r.kind, r.author, r.text])).toEqual([
      ['deletion', 'Eric White', moved],
      ['insertion', 'Eric White', moved],
    ]);
    expect(doc.paragraphs.filter((p) => p.text.includes(moved))).toHaveLength(1);
  });

  corpusIt('a deleted table row disappears and is recorded', async () => {
    const doc = await read('fx_oxpt_RP009_deleted_table_row.docx');
    expect(doc.revisions).toEqual([expect.objectContaining({ kind: 'deletion', author: 'Eric White', text: '4' })]);
    expect(doc.paragraphs.map((p) => p.text)).not.toContain('4');
  });

  corpusIt('changes without author metadata are still recorded', async () => {
    const doc = await read('fx_pandoc_track_changes_scrubbed_metadata.docx');
    expect(doc.revisions!.map((r) => [r.kind, r.text])).toEqual([
      ['deletion', 'dummy'],
      ['insertion', 'test'],
    ]);
  });

  corpusIt('a deleted footnote reference takes its footnote with it', async () => {
    const doc = await read('fx_oxpt_RP050_deleted_footnote.docx');
    expect(doc.notes).toEqual([]);
  });

  corpusIt('the many revisions of one document, counted by author', async () => {
    const doc = await read('fx_oxpt_RA001_tracked_revisions_01.docx');
    const count = (kind: string): number => doc.revisions!.filter((r) => r.author === 'Author' && r.kind === kind).length;
    expect([count('insertion'), count('deletion')]).toEqual([36, 15]);
    for (const r of doc.revisions!) expect(r.paragraph).toBeLessThan(doc.paragraphs.length);
  });
});

describe('comments, notes, content controls, fields, tables, text boxes', () => {
  corpusIt('comments keep their anchors, including one across two paragraphs', async () => {
    const doc = await read('fx_pandoc_comments.docx');
    expect(doc.comments!.slice(0, 2)).toEqual([
      { id: '0', author: 'Jesse Rosenthal', date: expect.any(String), text: 'I left a comment.', paragraph: 0, anchorText: 'some text to have a comment' },
      { id: '1', author: 'Jesse Rosenthal', date: expect.any(String), text: 'A comment across paragraphs.', paragraph: 1, anchorText: 'a new paragraph.\nAnd so' },
    ]);
  });

  corpusIt('footnotes and endnotes are their own stream, in reference order', async () => {
    const doc = await read('fx_pandoc_notes.docx');
    expect(doc.notes!.map((n) => n.text.trim())).toEqual(['My note.', 'This is an endnote at the end of the document.']);
    expect(doc.paragraphs.map((p) => p.text).join(' ')).not.toContain('My note');
  });

  corpusIt('content controls carry their tag and title', async () => {
    const doc = await read('fx_oxpt_new_content_controls.docx');
    expect(doc.paragraphs[0]!.contentControl).toEqual({ tag: 'RichTextContentControl', title: 'RichTextContentControl' });
    expect(doc.paragraphs[4]).toMatchObject({ text: 'Two', contentControl: { tag: 'ComboBoxContentControl' } });
  });

  corpusIt('field results, never field codes', async () => {
    for (const file of ['fx_pandoc_nested_instrText.docx', 'fx_oxpt_new_toc.docx', 'fx_docx4j_mergefield.docx', 'fx_pandoc_cross_reference.docx']) {
      const text = (await read(file)).paragraphs.map((p) => p.text).join('\n');
      expect(text).not.toMatch(/HYPERLINK|PAGEREF|MERGEFIELD|\bREF _|TOC \\/);
    }
  });

  corpusIt('table cells in reading order with their position', async () => {
    const doc = await read('fx_mammoth_tables.docx');
    expect(doc.paragraphs.map((p) => [p.text, p.table])).toEqual([
      ['Above', undefined],
      ['Top left', { table: 0, row: 0, cell: 0 }],
      ['Top right', { table: 0, row: 0, cell: 1 }],
      ['Bottom left', { table: 0, row: 1, cell: 0 }],
      ['Bottom right', { table: 0, row: 1, cell: 1 }],
      ['Below', undefined],
    ]);
  });

  corpusIt('a text box is read once although Word stores it twice (DrawingML and VML)', async () => {
    const doc = await read('fx_mammoth_text_box.docx');
    expect(doc.paragraphs.filter((p) => p.text === 'Datum plane')).toHaveLength(1);
  });

  corpusIt('core and custom document properties', async () => {
    const doc = await read('fx_pandoc_sdt_in_footnote.docx');
    expect(doc.properties).toMatchObject({ creator: 'Yves Benjamin Ruhs', CitaviDocumentProperty_1: '6.3.0.0' });
  });
});
