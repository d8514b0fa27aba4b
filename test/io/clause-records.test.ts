import JSZip from 'jszip';
import mammoth from 'mammoth';
import { plan, presetAnswers, render, renderRecorded } from '../../src/core/agreement';
import type { Library } from '../../src/core/library';
import { loadLibraryDir } from '../../src/cli/library-files';
import { createStandaloneHost } from '../../src/host/standalone';
import { readDocx, writeTermsDocx } from '../../src/io';
import { CLAUSES_NS, clauseRecordsXml, parseClauseRecordsXml } from '../../src/io/clause-records';

/**
 * The clause records travel in the .docx as a custom XML part: a built preset reopened in the
 * workspace checks drift against them, and a clause edited after building shows as edited.
 */
function loadLibrary(): Library {
  const loaded = loadLibraryDir();
  if (!loaded.ok) throw new Error('the built-in clause library does not load');
  return loaded.library;
}

const library = loadLibrary();
const answers = presetAnswers(library, 'sample-testing');
const terms = render(library, plan(library, answers), answers);
const renderFromLibrary = (clauseId: string, variantId: string, values: Record<string, string>): string =>
  renderRecorded(library, clauseId, variantId, '1', values)
    .map((p) => `${p.label} ${p.text}`)
    .join('\n');

describe('clause records in a custom XML part', () => {
  let bytes: Uint8Array;
  let zip: JSZip;
  beforeAll(async () => {
    bytes = await writeTermsDocx(terms);
    zip = await JSZip.loadAsync(bytes);
  });

  it('is stored as Word stores a custom XML part: item, itemProps with a GUID, relationships, content type', async () => {
    const item = await zip.file('customXml/item1.xml')!.async('string');
    expect(item).toContain(`xmlns="${CLAUSES_NS}"`);
    const props = await zip.file('customXml/itemProps1.xml')!.async('string');
    expect(props).toMatch(/ds:itemID="\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}"/);
    expect(await zip.file('customXml/_rels/item1.xml.rels')!.async('string')).toContain('relationships/customXmlProps" Target="itemProps1.xml"');
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('relationships/customXml" Target="../customXml/item1.xml"');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"');
    expect(types).toMatch(/<Default [^>]*Extension="xml"/);
  });

  it('reads back one record per clause with its fill values, and mammoth still opens the file', async () => {
    const doc = await readDocx(bytes);
    expect(Object.keys(doc.clauseRecords ?? {})).toEqual(terms.clauses.map((c) => c.tag));
    for (const c of terms.clauses) {
      expect(doc.clauseRecords![c.tag]).toMatchObject({ clauseId: c.clauseId, variantId: c.variantId, version: c.clauseVersion, title: c.title, values: c.values });
    }
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain(terms.clauses[1]!.paragraphs[0]!.text);
  });

  it('keeps values with markup characters and Chinese text intact, and ignores parts that are not ours', () => {
    const records = {
      'cw|governing-law|hk|1.0.0': {
        clauseId: 'governing-law',
        variantId: 'hk',
        version: '1.0.0',
        title: 'Governing Law & Disputes',
        values: { partyA: 'Shenzhen Voltcore <Energy> "Technology" Co., Ltd. (深圳伏芯能源科技有限公司)' },
        fingerprints: ['0a1b2c3d'],
      },
    };
    expect(parseClauseRecordsXml(clauseRecordsXml(records))).toEqual(records);
    expect(parseClauseRecordsXml('<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>')).toBeNull();
    expect(parseClauseRecordsXml('<clauses xmlns="urn:clausewright:clauses:v1"><clause tag="cw|x|y|1"/>')).toBeNull();
  });

  it('a reopened .docx shows untouched clauses as unchanged and an edited one as edited with a word diff', async () => {
    const edited = terms.clauses.find((c) => c.clauseId !== 'definitions' && c.paragraphs.some((p) => /\b30 days\b/.test(p.text)))
      ?? terms.clauses.find((c) => c.clauseId !== 'definitions')!;
    const original = edited.paragraphs[0]!.text;
    const docXml = await zip.file('word/document.xml')!.async('string');
    const firstWords = original.split(' ').slice(0, 3).join(' ');
    expect(docXml).toContain(firstWords);
    const changed = await JSZip.loadAsync(bytes);
    changed.file('word/document.xml', docXml.replace(firstWords, `Subject to Section 9, ${firstWords}`));
    const reopened = await readDocx(await changed.generateAsync({ type: 'uint8array' }));

    const host = createStandaloneHost(reopened);
    const drift = await host.checkDrift(renderFromLibrary);
    expect(drift.ok).toBe(true);
    if (!drift.ok) return;
    const byTag = new Map(drift.value.map((d) => [d.tag, d]));
    // The definitions clause, which the library cannot render, is checked by its fingerprints.
    for (const c of terms.clauses) {
      expect([c.clauseId, byTag.get(c.tag)?.status]).toEqual([c.clauseId, c === edited ? 'edited' : 'unchanged']);
    }
    const added = byTag.get(edited.tag)!.diff!.filter((p) => p.kind === 'added').map((p) => p.text).join('');
    expect(added).toContain('Subject to Section 9,');
  });
});

describe('a proposed clause', () => {
  it('keeps the mark that a fix proposed it as a tracked change, and only on that clause', () => {
    const record = { clauseId: 'return-or-destroy', variantId: 'return-30-days', version: '1.0.0', title: 'Return of the Samples', values: {}, fingerprints: ['9a3c01fe'] };
    const back = parseClauseRecordsXml(clauseRecordsXml({ 'cw|a': { ...record, proposed: true }, 'cw|b': record }));
    expect(back?.['cw|a']?.proposed).toBe(true);
    expect(back?.['cw|b']).toEqual(record);
  });
});
