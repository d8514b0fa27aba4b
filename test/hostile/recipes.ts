import { makeDocx, NS, para } from '../fixtures/io/make-docx';
import { rawZip, type RawEntry } from './raw-zip';

/**
 * Hostile and oversized files, each made here from a recipe (none is stored): the ones a tester
 * used against the reader and review (issue 11), the ones refused before, and variations on each
 * so the limits are tested as limits, not as answers to one file.
 */
export interface Recipe {
  name: string;
  /** The file name to write; its extension decides how the command line reads it. */
  file: string;
  make: () => Uint8Array | string | Promise<Uint8Array | string>;
  /** Exit code expected: 0 reviewed, 2 refused. */
  code: 0 | 2;
  /** What the refusal must say (English). */
  message?: RegExp;
}

const W = NS.transitional.w;
const REL = NS.transitional.rel;

const CLAUSES = [
  'The Evaluator shall use the Samples solely for the Purpose and shall not reverse engineer, decompile or analyse the composition of the Samples.',
  'All Foreground IP shall be owned by the Technology Owner, and the Evaluator hereby assigns to the Technology Owner all right, title and interest in the Foreground IP.',
  'Within thirty (30) days after termination of this Agreement, the Evaluator shall return or destroy all Samples and certify the destruction in writing.',
  'Nothing in this Agreement grants either party any licence under the other party’s Background IP, except as expressly stated in this Agreement.',
];

/** Real contract language, repeated to `chars` characters, one clause a paragraph. */
function contractText(chars: number, separator = '\n'): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const clause = `${(i % 60) + 1}. ${CLAUSES[i % CLAUSES.length]!}`;
    out.push(clause);
    length += clause.length + separator.length;
  }
  return out.join(separator);
}

function document(body: string, declarations = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${REL}"${declarations}><w:body>${body}</w:body></w:document>`;
}

const CORE = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';

function packageRels(more = ''): string {
  return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>${more}</Relationships>`;
}

/**
 * A package written entry by entry, for what JSZip will not write: a part of the main document
 * (related by `type`) under a Unicode Path name or a lying size, or a main part with a lying size.
 */
function rawDocx(body: string, part?: { type: string; entry: RawEntry }, documentSize?: number): Uint8Array {
  const target = (part?.entry.unicodePath ?? part?.entry.name ?? '').replace(/^word\//, '');
  const rels = part ? `<Relationship Id="rId1" Type="${REL}/${part.type}" Target="${target}"/>` : '';
  return rawZip([
    { name: '_rels/.rels', data: packageRels() },
    { name: 'word/document.xml', data: document(body), ...(documentSize === undefined ? {} : { declaredSize: documentSize }) },
    { name: 'word/_rels/document.xml.rels', data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    ...(part ? [part.entry] : []),
  ]);
}

/** A styles part of about `mb` megabytes: real style definitions, repeated. */
function bigStyles(mb: number): string {
  const style = '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>';
  return `<w:styles xmlns:w="${W}">${style.repeat(Math.ceil((mb * 1024 * 1024) / style.length))}</w:styles>`;
}

const numbered = (start: string, format: string, lvlText = '%1.'): Promise<Uint8Array> =>
  makeDocx({
    body: Array.from({ length: 200 }, (_, i) => para(CLAUSES[i % CLAUSES.length]!, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')).join(''),
    related: {
      numbering: `<w:numbering xmlns:w="$W"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${lvlText}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    },
  });

/** Letters that deflate compresses about 1.5 times, from a fixed seed: no ratio check stops them. */
function letters(n: number): string {
  const out = Buffer.alloc(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = 97 + ((x >>> 0) % 26);
  }
  return out.toString('latin1');
}

/** Empty paragraphs with a letter of text between them: two nodes each, not squeezable by deflate. */
function emptyParagraphs(n: number): string {
  const text = letters(n);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(text[i]!, '<w:p/>');
  return out.join('');
}

/**
 * Paragraphs as Word saves them: revision ids on every paragraph and run, paragraph and run
 * properties, each clause split into runs. About 1.2 KB of markup for 150 characters of text.
 */
function wordShaped(bytes: number): string {
  const id = letters(bytes / 40).toUpperCase();
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const rsid = (k: number) => `00${id.slice((i * 24 + k * 6) % (id.length - 6), (i * 24 + k * 6) % (id.length - 6) + 6)}`;
    const words = CLAUSES[i % CLAUSES.length]!.split(' ');
    const runs = [0, 1, 2, 3].map((k) => {
      const part = words.slice((k * words.length) / 4, ((k + 1) * words.length) / 4).join(' ');
      return `<w:r w:rsidRPr="${rsid(k)}"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${part}${k < 3 ? ' ' : ''}</w:t></w:r>`;
    });
    const p = `<w:p w:rsidR="${rsid(4)}" w:rsidRDefault="${rsid(5)}" w:rsidP="${rsid(6)}"><w:pPr><w:pStyle w:val="BodyText"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>${runs.join('')}</w:p>`;
    out.push(p);
    size += p.length;
  }
  return out.join('');
}

function repeatTo(piece: string, chars: number): string {
  return piece.repeat(Math.floor(chars / piece.length));
}

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];

export const RECIPES: Recipe[] = [
  // 1. Attribute backtracking in the XML reader.
  { name: 'a start tag with a 1,000,000-letter attribute name and no "="', file: 'attribute-name.docx', make: () => makeDocx({ body: `<w:p ${'a'.repeat(1_000_000)}/>` }), code: 2, message: /malformed attribute in <w:p>/ },
  {
    name: 'the same in docProps/core.xml',
    file: 'attribute-core.docx',
    make: () =>
      rawZip([
        { name: '_rels/.rels', data: packageRels(`<Relationship Id="rId2" Type="${CORE}" Target="docProps/core.xml"/>`) },
        { name: 'word/document.xml', data: document(para(CLAUSES[0]!)) },
        { name: 'docProps/core.xml', data: `<cp:coreProperties xmlns:cp="${CORE}" ${'a'.repeat(1_000_000)}/>` },
      ]),
    code: 2,
    message: /malformed attribute/,
  },
  { name: 'an attribute name of 1,000,000 letters and "=" but no value', file: 'attribute-no-value.docx', make: () => makeDocx({ body: `<w:p ${'a'.repeat(1_000_000)}=/>` }), code: 2, message: /malformed attribute/ },
  { name: 'a tag never closed, 1,000,000 spaces long', file: 'tag-unclosed.docx', make: () => makeDocx({ body: `<w:p${' '.repeat(1_000_000)}` }), code: 2, message: /malformed/ },
  { name: 'an attribute value never closed', file: 'value-unclosed.docx', make: () => makeDocx({ body: `<w:p w:rsidR="${'0'.repeat(1_000_000)}` }), code: 2, message: /malformed tag/ },
  { name: '200,000 attributes on one paragraph (well-formed)', file: 'many-attributes.docx', make: () => makeDocx({ body: `<w:p ${Array.from({ length: 200_000 }, (_, i) => `a${i}="1"`).join(' ')}><w:r><w:t>${CLAUSES[0]!}</w:t></w:r></w:p>` }), code: 0 },

  // 2. Whitespace backtracking in review.
  { name: '"a", 1,000,000 spaces and "b" in one paragraph', file: 'spaces.docx', make: () => makeDocx({ body: para(`a${' '.repeat(1_000_000)}b`) }), code: 0 },
  { name: '"a", 400,000 spaces and "b" in a text file', file: 'spaces.txt', make: () => `a${' '.repeat(400_000)}b\n`, code: 0 },
  { name: 'a sentence end, 1,000,000 spaces and a number that is no section', file: 'spaces-number.txt', make: () => `The parties agree.${' '.repeat(1_000_000)}1\n`, code: 0 },
  { name: 'a section reference followed by 1,000,000 spaces', file: 'reference-spaces.txt', make: () => `The Evaluator shall comply with Section 5${' '.repeat(1_000_000)}x.\n`, code: 0 },
  { name: 'a defined term with 200,000 spaces inside its quotes', file: 'term-spaces.txt', make: () => `"Licensed${' '.repeat(200_000)}Products" means the products listed in Schedule 1.\nThe Licensed Products shall be delivered.\n`, code: 0 },
  { name: 'a word of 200,000 full stops', file: 'dots.txt', make: () => `The Evaluator shall return a${'.'.repeat(200_000)}b within thirty (30) days.\n`, code: 0 },
  { name: '500,000 tabs and non-breaking spaces between numbers', file: 'mixed-spaces.txt', make: () => `Section 1${'\t\u00a0'.repeat(250_000)}2\n`, code: 0 },

  // 3. Zip checks on the names JSZip uses.
  {
    name: 'a 40 MB styles part hidden under another name by a Unicode Path field',
    file: 'unicode-path.docx',
    make: () => rawDocx(para(CLAUSES[0]!), { type: 'styles', entry: { name: 'word/media/image1.png', unicodePath: 'word/styles.xml', data: bigStyles(40) } }),
    code: 2,
    message: /more than is safe to read/,
  },
  {
    name: 'the same part declaring 1 KB',
    file: 'unicode-path-lying.docx',
    make: () => rawDocx(para(CLAUSES[0]!), { type: 'styles', entry: { name: 'word/media/image1.png', unicodePath: 'word/styles.xml', data: bigStyles(40), declaredSize: 1024 } }),
    code: 2,
    message: /inflates beyond its declared size/,
  },
  { name: 'a main part declaring 1 KB and inflating to 280 KB', file: 'lying-document.docx', make: () => rawDocx(para(CLAUSES[0]!.repeat(2000)), undefined, 1024), code: 2, message: /inflates beyond its declared size/ },
  {
    name: 'a styles part reached through "word/x/../styles.xml"',
    file: 'dot-dot.docx',
    make: () => rawDocx(para(CLAUSES[0]!), { type: 'styles', entry: { name: 'word/x/../styles.xml', data: bigStyles(40) } }),
    code: 2,
    message: /more than is safe to read/,
  },
  { name: 'a 6 MB comments part at a ratio over 200', file: 'ratio.docx', make: () => makeDocx({ body: para(CLAUSES[0]!), related: { comments: `<w:comments xmlns:w="$W">${' '.repeat(6 * 1024 * 1024)}</w:comments>` } }), code: 2, message: /more than is safe to read/ },
  { name: 'a 30 MB main document part of repeated spaces', file: 'big-main.docx', make: () => makeDocx({ body: para(' '.repeat(30 * 1024 * 1024)) }), code: 2, message: /more than is safe to read/ },
  { name: 'a 21 MB main document part that compresses only 1.5 times', file: 'big-main-random.docx', make: () => makeDocx({ body: para(letters(21 * 1024 * 1024)) }), code: 2, message: /too large to read: 21\.0 MB/ },

  // 4. Memory from small files.
  {
    name: '995 nested elements each declaring 200 namespace prefixes',
    file: 'namespaces.docx',
    make: () => {
      const decl = (d: number) => Array.from({ length: 200 }, (_, i) => ` xmlns:p${d}x${i}="urn:example:${d}:${i}"`).join('');
      let inner = para(CLAUSES[1]!);
      for (let d = 0; d < 995; d++) inner = `<w:customXml${decl(d)}>${inner}</w:customXml>`;
      return makeDocx({ body: inner });
    },
    code: 0,
  },
  { name: 'a list starting at 500,000,000 in upper-case letters', file: 'numbering-500m.docx', make: () => numbered('500000000', 'upperLetter'), code: 0 },
  { name: 'a list starting at 2,000,000,000 in lower-case letters', file: 'numbering-2g.docx', make: () => numbered('2000000000', 'lowerLetter'), code: 0 },
  { name: 'a list starting at 1e300', file: 'numbering-1e300.docx', make: () => numbered('1e300', 'upperRoman'), code: 0 },
  { name: 'a level text of 50,000 "%1"', file: 'numbering-level-text.docx', make: () => numbered('1', 'upperLetter', '%1'.repeat(50_000)), code: 0 },
  {
    name: '5,000 comment ranges left open over 20,000 runs',
    file: 'comment-ranges.docx',
    make: () => {
      const opens = Array.from({ length: 5000 }, (_, i) => `<w:commentRangeStart w:id="${i}"/>`).join('');
      const runs = Array.from({ length: 20_000 }, (_, i) => `<w:r><w:t xml:space="preserve">${CLAUSES[i % CLAUSES.length]!} </w:t></w:r>`).join('');
      return makeDocx({ body: `<w:p>${opens}${runs}</w:p>` });
    },
    code: 0,
  },
  {
    name: '30,000 nested fields left open in their results, then 30,000 runs of text',
    file: 'open-fields.docx',
    make: () => makeDocx({ body: `<w:p>${'<w:r><w:fldChar w:fldCharType="begin"/><w:fldChar w:fldCharType="separate"/></w:r>'.repeat(30_000)}${'<w:r><w:t xml:space="preserve">Samples </w:t></w:r>'.repeat(30_000)}</w:p>` }),
    code: 0,
  },
  { name: '2,500,000 empty paragraphs, each after a letter (5,000,000 nodes in 17 MB)', file: 'many-nodes.docx', make: () => makeDocx({ body: emptyParagraphs(2_500_000) }), code: 2, message: /too complex to read: word\/document.xml holds more than 2,000,000 elements/ },
  { name: '950,000 empty paragraphs, each after a letter (1,900,000 nodes, accepted)', file: 'most-nodes.docx', make: () => makeDocx({ body: emptyParagraphs(950_000) }), code: 0 },

  // 5. Large text that is allowed, and text over the limit.
  { name: '"and/or" on 100,000 lines', file: 'and-or.txt', make: () => 'and/or\n'.repeat(100_000), code: 0 },
  { name: '"and/or" 200,000 times in one sentence', file: 'and-or-sentence.txt', make: () => `The Licensee ${'and/or '.repeat(200_000)}the Licensor agree.\n`, code: 0 },
  { name: 'a 20 MB text file', file: 'big.txt', make: () => contractText(20 * 1000 * 1000), code: 2, message: /too long to review/ },
  { name: 'the longest text accepted: 3,900,000 characters of clauses', file: 'longest.txt', make: () => contractText(3_900_000), code: 0 },
  // The longest text accepted, made of the repetitions that were slowest for review.
  { name: '"and/or " for 3,900,000 characters', file: 'longest-and-or.txt', make: () => repeatTo('and/or ', 3_900_000), code: 0 },
  { name: '"A-" for 3,900,000 characters (one hyphenated token)', file: 'longest-hyphen.txt', make: () => repeatTo('A-', 3_900_000), code: 0 },
  { name: '1,950,000 one-letter lines', file: 'longest-lines.txt', make: () => repeatTo('a\n', 3_900_000), code: 0 },
  { name: '"AGREEMENT " for 3,900,000 characters', file: 'longest-caps.txt', make: () => repeatTo('AGREEMENT ', 3_900_000), code: 0 },
  { name: 'the longest text accepted as one paragraph', file: 'longest-paragraph.txt', make: () => contractText(3_900_000, ' '), code: 0 },
  { name: 'a 19 MB document of clauses', file: 'big-document.docx', make: () => makeDocx({ body: contractText(14_500_000).split('\n').map((c) => para(c)).join('') }), code: 2, message: /too long to review/ },
  { name: 'a 19 MB document marked up as Word writes it (runs, revision ids, formatting)', file: 'word-shaped.docx', make: () => makeDocx({ body: wordShaped(19 * 1024 * 1024) }), code: 0 },
  { name: 'the longest document accepted: 3,900,000 characters in 26,000 paragraphs', file: 'longest.docx', make: () => makeDocx({ body: contractText(3_900_000).split('\n').map((c) => para(c, '<w:spacing w:after="120"/>')).join('') }), code: 0 },

  // 9. Clear messages for files that are not what they say.
  { name: 'a corrupt 86-byte zip', file: 'corrupt.docx', make: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0xff), 0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0xff)]), code: 2, message: /damaged or incomplete/ },
  { name: 'UTF-16 text without a byte-order mark', file: 'utf16.txt', make: () => utf16le(contractText(2000)), code: 2, message: /UTF-16 without a byte-order mark/ },
  { name: 'UTF-16 text with a lone surrogate', file: 'surrogate.txt', make: () => new Uint8Array([0xff, 0xfe, ...utf16le('The Evaluator '), 0x00, 0xd8, ...utf16le(' shall.')]), code: 2, message: /not valid UTF-16LE/ },
  { name: 'a character reference to a lone surrogate', file: 'surrogate.docx', make: () => makeDocx({ body: para('The Evaluator &#xD800; shall') }), code: 2, message: /does not allow/ },
  { name: 'invalid UTF-8', file: 'latin1.txt', make: () => new Uint8Array([...Buffer.from('The Licensee shall pay '), 0xa3, ...Buffer.from('100 within thirty days.\n')]), code: 2, message: /not valid UTF-8/ },
  { name: 'a PDF', file: 'contract.pdf', make: () => '%PDF-1.7\n', code: 2, message: /give a \.docx or a \.txt file/ },
  { name: 'an empty text file', file: 'empty.txt', make: () => '', code: 2, message: /holds no text/ },
  { name: 'a text file of blank lines', file: 'blank.txt', make: () => '\n \n\t\n', code: 2, message: /holds no text/ },
  { name: 'a PNG renamed .txt', file: 'image.txt', make: () => new Uint8Array([...PNG, ...new Array(2000).fill(7)]), code: 2, message: /not text/ },
  { name: 'a .docx renamed .txt', file: 'renamed.txt', make: () => makeDocx({ body: para(CLAUSES[0]!) }), code: 2, message: /not text/ },

  // Refused before; kept refused.
  { name: 'a document type declaration (XXE)', file: 'xxe.docx', make: () => rawZip([{ name: '_rels/.rels', data: `<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${packageRels()}` }]), code: 2, message: /document type declaration/ },
  { name: 'nesting 5,000 deep', file: 'deep.docx', make: () => makeDocx({ body: `${'<w:customXml>'.repeat(5000)}${'</w:customXml>'.repeat(5000)}` }), code: 2, message: /nested too deeply/ },
  { name: 'a password-protected document', file: 'encrypted.docx', make: () => ole('EncryptionInfo', 'EncryptedPackage'), code: 2, message: /password-protected/ },
  { name: 'a Word 97-2003 document', file: 'legacy.doc', make: () => ole('WordDocument'), code: 2, message: /Word 97-2003/ },
  { name: 'not a zip at all', file: 'plain.docx', make: () => CLAUSES[0]!, code: 2, message: /not a \.docx file/ },
];

/** An OLE compound file header followed by directory entry names, as Word writes them. */
function ole(...streams: string[]): Uint8Array {
  const names = streams.flatMap((s) => [...Buffer.from(s, 'utf16le'), 0, 0]);
  return new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...names, ...new Array(256).fill(0)]);
}
