import type { DocModel } from '../../core/document';
import { DocxError } from '../errors';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';

/**
 * A plain-text file's bytes as text, under the same limits as a .docx: refused when empty, larger
 * than a document part may be, binary (a PDF or a .docx renamed .txt), UTF-16 without a
 * byte-order mark, or not valid in its encoding, instead of reviewing replacement characters.
 */
export function readTextFile(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): string {
  if (bytes.length === 0) throw new DocxError('text-empty');
  if (bytes.length > limits.maxDocumentBytes) throw new DocxError('too-large', { size: mb(bytes.length), limit: mb(limits.maxDocumentBytes) });
  const encoding = bomEncoding(bytes);
  if (!encoding && looksUtf16(bytes)) throw new DocxError('text-utf16');
  // A NUL byte is binary at once, before a large file is decoded.
  if (!encoding && bytes.indexOf(0) !== -1) throw new DocxError('text-binary');
  let text: string | undefined;
  try {
    // TextDecoder drops the byte-order mark; fatal, so a wrong byte is refused rather than replaced.
    text = new TextDecoder(encoding ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  // Binary is told before a bad encoding. Valid UTF-8 has its bytes below 32 as the same characters,
  // so a decoded text has its control characters counted by a pattern, far faster than a loop over every byte.
  if (!encoding && (text === undefined ? looksBinary(bytes) : textLooksBinary(text, bytes.length))) throw new DocxError('text-binary');
  if (text === undefined) throw new DocxError('text-encoding', { encoding: (encoding ?? 'utf-8').toUpperCase() });
  if (text.trim() === '') throw new DocxError('text-empty');
  if (text.length > limits.maxTextChars) throw textTooLarge(text.length, limits);
  return text;
}

/** A document's text (paragraphs, notes and comments) within the review's budget, else refused. */
export function checkTextSize(doc: DocModel, limits: ReadLimits = DEFAULT_LIMITS): void {
  let chars = 0;
  for (const list of [doc.paragraphs, doc.notes ?? []]) for (const p of list) chars += p.text.length;
  for (const c of doc.comments ?? []) chars += c.text.length;
  if (chars > limits.maxTextChars) throw textTooLarge(chars, limits);
}

function textTooLarge(chars: number, limits: ReadLimits): DocxError {
  return new DocxError('text-too-large', { size: millions(chars), limit: millions(limits.maxTextChars) });
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

const SAMPLE = 8192;

/** Latin text in UTF-16 has a NUL in every other byte: most of the odd (LE) or even (BE) ones. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 2) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  return (odd > pairs * 0.4 && even < pairs * 0.05) || (even > pairs * 0.4 && odd < pairs * 0.05);
}

/** Text has no NUL bytes and few control characters; a binary file has both. The whole file is looked at. */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / bytes.length > 0.1;
}

/** looksBinary for bytes with no NUL that decoded as UTF-8: the same control characters, counted in the text. */
function textLooksBinary(text: string, byteLength: number): boolean {
  // eslint-disable-next-line no-control-regex -- the control characters are what is counted
  const control = text.replace(/[^\x01-\x08\x0e-\x1f]+/g, '').length;
  return control / byteLength > 0.1;
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function millions(chars: number): string {
  return (chars / 1_000_000).toFixed(1);
}
