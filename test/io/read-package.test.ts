import JSZip from 'jszip';
import { readDocx, DocxError, type DocxErrorCode } from '../../src/io';
import { makeDocx, para } from '../fixtures/io/make-docx';

const CLAUSE =
  'The Evaluator shall use the Samples solely for the Purpose and shall not reverse engineer, decompile or analyse the composition of the Samples.';

async function expectError(bytes: Uint8Array | Promise<Uint8Array>, code: DocxErrorCode, options?: Parameters<typeof readDocx>[1]): Promise<DocxError> {
  const err = await readDocx(await bytes, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DocxError);
  expect((err as DocxError).code).toBe(code);
  expect((err as DocxError).message.length).toBeGreaterThan(20);
  return err as DocxError;
}

function utf16(name: string): number[] {
  return [...name].flatMap((c) => [c.charCodeAt(0), 0]);
}

/** An OLE compound file header followed by directory entry names, as Word writes them. */
function oleFile(...streams: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
  return new Uint8Array([...header, ...streams.flatMap((s) => [...utf16(s), 0, 0]), ...new Array(256).fill(0)]);
}

describe('finding and reading the main document', () => {
  it('follows the package relationships to a main part that is not word/document.xml', async () => {
    const doc = await readDocx(await makeDocx({ mainPath: 'contract/terms.xml', body: para(CLAUSE) }));
    expect(doc.paragraphs.map((p) => p.text)).toEqual([CLAUSE]);
  });

  it('takes an ArrayBuffer as a browser file input gives it', async () => {
    const styles = `<w:styles xmlns:w="$W"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`;
    const body = para('Confidentiality', '<w:pStyle w:val="Heading1"/>') + para(CLAUSE, '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>');
    const doc = await readDocx((await makeDocx({ body, related: { styles } })).slice().buffer);
    expect(doc.paragraphs.map((p) => [p.text, p.headingLevel])).toEqual([
      ['Confidentiality', 1],
      [CLAUSE, undefined], // a direct outline level 9 makes a heading-styled paragraph body text
    ]);
  });

  it('reads ISO Strict namespaces, with a byte-order mark on every part', async () => {
    const styles = `<w:styles xmlns:w="$W"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="ClauseHeading"><w:name w:val="Clause Heading"/><w:basedOn w:val="Heading1"/></w:style></w:styles>`;
    const doc = await readDocx(
      await makeDocx({ flavour: 'strict', bom: true, body: para('Confidentiality', '<w:pStyle w:val="ClauseHeading"/>') + para(CLAUSE), related: { styles } }),
    );
    expect(doc.paragraphs[0]).toEqual({ index: 0, text: 'Confidentiality', style: 'Clause Heading', headingLevel: 1 });
    expect(doc.paragraphs[1]!.text).toBe(CLAUSE);
  });

  it('joins a paragraph whose mark was deleted to the next one, as accepting the change does', async () => {
    const body =
      `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="Counterparty Counsel" w:date="2026-03-02T09:00:00Z"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">All Results shall be owned by the Evaluator</w:t></w:r></w:p>` +
      `<w:p><w:del w:id="2" w:author="Counterparty Counsel" w:date="2026-03-02T09:00:00Z"><w:r><w:delText>, except Improvements to the Provider's Background IP</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r>` +
      `<w:ins w:id="3" w:author="Our Counsel" w:date="2026-03-03T10:00:00Z"><w:r><w:t xml:space="preserve"> This Section survives termination.</w:t></w:r></w:ins></w:p>`;
    const doc = await readDocx(await makeDocx({ body }));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['All Results shall be owned by the Evaluator. This Section survives termination.']);
    expect(doc.revisions).toEqual([
      { kind: 'deletion', author: 'Counterparty Counsel', date: '2026-03-02T09:00:00Z', paragraph: 0, text: ", except Improvements to the Provider's Background IP" },
      { kind: 'insertion', author: 'Our Counsel', date: '2026-03-03T10:00:00Z', paragraph: 0, text: ' This Section survives termination.' },
    ]);
  });

  it('numbers from numbering.xml: legal levels, Chinese counting, letters past z, and a style that carries numbering', async () => {
    const lvl = (i: number, fmt: string, text: string, extra = ''): string =>
      `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering = `<w:numbering xmlns:w="$W">
      <w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2')}${lvl(2, 'lowerLetter', '(%3)')}${lvl(3, 'lowerRoman', '(%4)')}</w:abstractNum>
      <w:abstractNum w:abstractNumId="1">${lvl(0, 'chineseCounting', '第%1条', '<w:pStyle w:val="Article"/>')}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
    const styles = `<w:styles xmlns:w="$W"><w:style w:type="paragraph" w:styleId="Article"><w:name w:val="Article"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>`;
    const n = (ilvl: number): string => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`;
    const body = [
      para('Confidentiality', n(0)),
      para('Each Party shall keep the other Party’s Confidential Information confidential.', n(1)),
      para('use it only for the Purpose;', n(2)),
      para('not disclose it to any third party;', n(2)),
      para('except to its professional advisers.', n(3)),
      para('Return of Samples', n(0)),
      para('Within 30 days after termination, the Evaluator shall return the Samples.', n(1)),
      ...Array.from({ length: 27 }, (_, i) => para(`Item ${i + 1}`, n(2))),
      ...Array.from({ length: 12 }, (_, i) => para(`条款 ${i + 1}`, '<w:pStyle w:val="Article"/>')),
    ].join('');
    const doc = await readDocx(await makeDocx({ body, related: { numbering, styles } }));
    const labels = doc.paragraphs.map((p) => p.listLabel);
    expect(labels.slice(0, 7)).toEqual(['1.', '1.1', '(a)', '(b)', '(i)', '2.', '2.1']);
    expect(labels[7 + 25]).toBe('(z)');
    expect(labels[7 + 26]).toBe('(aa)');
    expect(labels.slice(34)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条', '第七条', '第八条', '第九条', '第十条', '第十一条', '第十二条']);
    expect(doc.paragraphs[34]!.headingLevel).toBe(1);
  });
});

describe('numbering around a section break', () => {
  it('an empty paragraph that only carries a section break is not numbered and does not count', async () => {
    const numbering = `<w:numbering xmlns:w="$W"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const n = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
    const body = `<w:p><w:pPr>${n}<w:sectPr/></w:pPr></w:p>` + para('Definitions', n) + para('Confidentiality', n);
    const doc = await readDocx(await makeDocx({ body, related: { numbering } }));
    expect(doc.paragraphs.map((p) => p.listLabel)).toEqual([undefined, '1.', '2.']);
  });
});

describe('files that are not a readable .docx', () => {
  it('a password-protected file (an OLE compound file with an EncryptionInfo stream)', async () => {
    const err = await expectError(Promise.resolve(oleFile('Root Entry', 'EncryptionInfo', 'EncryptedPackage')), 'encrypted');
    expect(err.message).toMatch(/password-protected/);
  });

  it('a Word 97-2003 .doc', async () => {
    const err = await expectError(Promise.resolve(oleFile('Root Entry', 'WordDocument', '1Table')), 'legacy-doc');
    expect(err.message).toMatch(/legacy .*\.doc/);
  });

  it('an OLE file that is neither recognisably: "password-protected or a legacy .doc"', async () => {
    const err = await expectError(Promise.resolve(oleFile('Root Entry')), 'ole-unknown');
    expect(err.message).toMatch(/password-protected or a legacy \.doc/);
    expect(err.describe('zh-CN')).toMatch(/密码/);
  });

  it('plain text renamed to .docx', async () => {
    await expectError(Promise.resolve(new TextEncoder().encode('MUTUAL NON-DISCLOSURE AGREEMENT\nThis Agreement is made...')), 'not-zip');
  });

  it('a truncated download', async () => {
    const whole = await makeDocx({ body: para(CLAUSE).repeat(200) });
    await expectError(Promise.resolve(whole.subarray(0, Math.floor(whole.length / 2))), 'corrupt');
  });

  it('a zip with damaged compressed data', async () => {
    const whole = await makeDocx({ body: para(CLAUSE).repeat(400) });
    const bytes = whole.slice();
    // Overwrite the middle of the largest compressed stream (the document part).
    const at = Math.floor(bytes.length / 3);
    for (let i = at; i < at + 64; i++) bytes[i] = 0xff;
    const err = await readDocx(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocxError);
    expect(['corrupt', 'xml']).toContain((err as DocxError).code);
  });

  it('a zip that is a spreadsheet, not a Word document', async () => {
    const zip = new JSZip();
    zip.file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
    zip.file('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    const err = await expectError(zip.generateAsync({ type: 'uint8array' }), 'not-docx');
    expect(err.message).toMatch(/xl\/workbook\.xml/);
  });

  it('a zip with no package relationships at all', async () => {
    const zip = new JSZip();
    zip.file('notes.txt', 'Draft terms for the sample evaluation.');
    await expectError(zip.generateAsync({ type: 'uint8array' }), 'not-docx');
  });

  it('malformed XML in the document part', async () => {
    const err = await expectError(makeDocx({ body: '<w:p><w:r><w:t>The Evaluator shall</w:r></w:p>' }), 'xml');
    expect(err.message).toMatch(/word\/document\.xml/);
  });
});

describe('limits: zip bombs and huge documents', () => {
  const MB = 1024 * 1024;
  const bomb = (): Promise<Uint8Array> => makeDocx({ body: '<w:p/>'.repeat((3 * MB) / 6) });

  it('refuses a part whose declared size is out of proportion to its compressed size, before inflating', async () => {
    const err = await expectError(bomb(), 'zip-bomb', { limits: { ratioFloorBytes: 1 * MB, maxRatio: 100 } });
    expect(err.message).toMatch(/word\/document\.xml declares/);
  });

  it('stops inflating a part that grows beyond the size it declared', async () => {
    const bytes = (await bomb()).slice();
    // Make the central directory lie: word/document.xml claims to be 1 KB.
    const view = new DataView(bytes.buffer);
    const name = new TextEncoder().encode('word/document.xml');
    for (let p = bytes.length - 22; p >= 0; p--) {
      if (view.getUint32(p, true) !== 0x02014b50) continue;
      const len = view.getUint16(p + 28, true);
      if (len === name.length && name.every((b, i) => bytes[p + 46 + i] === b)) view.setUint32(p + 24, 1024, true);
    }
    const err = await expectError(Promise.resolve(bytes), 'zip-bomb');
    expect(err.message).toMatch(/beyond its declared size/);
  });

  it('refuses a package of absurdly many parts before reading them', async () => {
    const zip = new JSZip();
    for (let i = 0; i < 60; i++) zip.file(`word/media/part${i}.xml`, '<x/>');
    const err = await expectError(zip.generateAsync({ type: 'uint8array' }), 'zip-bomb', { limits: { maxEntries: 50 } });
    expect(err.message).toMatch(/holds 6\d parts/);
  });

  it('refuses a document above the size limit with a clear message', async () => {
    const err = await expectError(makeDocx({ body: para(CLAUSE).repeat(12000) }), 'too-large', { limits: { maxDocumentBytes: 1 * MB } });
    expect(err.message).toMatch(/too large to read: 2\.\d MB .* limit is 1\.0 MB/);
  });
});

describe('hostile structure', () => {
  it('content controls nested far deeper than any document gives an error, not a crash', async () => {
    const depth = 20000;
    const body = '<w:sdt><w:sdtContent>'.repeat(depth) + para('Deep') + '</w:sdtContent></w:sdt>'.repeat(depth);
    await expectError(makeDocx({ body }), 'xml');
  });
});
