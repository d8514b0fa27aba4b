import JSZip from 'jszip';
import { DocxError } from '../errors';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';

export { DEFAULT_LIMITS, type ReadLimits } from './limits';

const MB = 1024 * 1024;

interface EntryInfo {
  compressed: number;
  uncompressed: number;
}

/** JSZip's documented StreamHelper (the bundled typings leave `internalStream` out). */
interface StreamHelper {
  on(event: 'data', cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'end', cb: () => void): StreamHelper;
  on(event: 'error', cb: (err: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}
type StreamableFile = JSZip.JSZipObject & { internalStream(type: 'uint8array'): StreamHelper };

/**
 * The .docx as a zip package, opened defensively: the bytes are sniffed before anything is
 * inflated, the number of entries is checked before JSZip reads them, each part's declared sizes
 * are checked against limits, and inflating stops as soon as a part outgrows its budget (a zip
 * bomb may lie about its sizes). Sizes are taken from the entry JSZip itself resolved for a name,
 * so no naming trick (a Unicode Path extra field, "a/../b", a duplicate name) can give a part
 * other sizes than the ones checked. Only the parts the reader asks for are ever inflated.
 */
export class DocxPackage {
  /** Declared bytes of the parts read so far, counted against maxTotalBytes. */
  private reserved = 0;

  private constructor(
    /** The package itself, for a writer that hands back the same file with some parts changed. */
    readonly zip: JSZip,
    private readonly limits: ReadLimits,
  ) {}

  static async open(data: Uint8Array | ArrayBuffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<DocxPackage> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (bytes.length > limits.maxFileBytes) throw new DocxError('file-too-large', { size: mb(bytes.length), limit: mb(limits.maxFileBytes) });
    sniff(bytes);
    checkEntryCount(bytes, limits.maxEntries);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch (err) {
      throw new DocxError('corrupt', { detail: errorText(err) });
    }
    return new DocxPackage(zip, limits);
  }

  has(path: string): boolean {
    return this.zip.file(path) !== null;
  }

  /** A part's text, or null when the package has no such part. */
  async text(path: string, maxBytes = this.limits.maxPartBytes): Promise<string | null> {
    const file = this.zip.file(path) as StreamableFile | null;
    if (!file) return null;
    const info = declaredSizes(file, path);
    this.checkDeclared(path, info, maxBytes);
    // Reserved before inflating, so parts read in parallel cannot together pass the total;
    // inflating never goes beyond the declared size, so the reservation bounds the real bytes.
    this.reserved += info.uncompressed;
    const bytes = await inflate(file, info, path, maxBytes, this.limits);
    return decode(bytes, path);
  }

  private checkDeclared(path: string, info: EntryInfo, maxBytes: number): void {
    const { maxRatio, ratioFloorBytes, maxTotalBytes } = this.limits;
    if (info.uncompressed > ratioFloorBytes && info.uncompressed / Math.max(info.compressed, 1) > maxRatio) {
      throw new DocxError('zip-bomb', {
        detail: `${path} declares ${mb(info.uncompressed)} MB from ${mb(info.compressed)} MB compressed`,
      });
    }
    if (info.uncompressed > maxBytes) throw tooLarge(path, info.uncompressed, maxBytes, this.limits);
    if (this.reserved + info.uncompressed > maxTotalBytes) {
      throw new DocxError('zip-bomb', { detail: `the parts read exceed ${mb(maxTotalBytes)} MB` });
    }
  }
}

function tooLarge(path: string, size: number, limit: number, limits: ReadLimits): DocxError {
  return limit === limits.maxDocumentBytes
    ? new DocxError('too-large', { size: mb(size), limit: mb(limit) })
    : new DocxError('zip-bomb', { detail: `${path} is larger than ${mb(limit)} MB` });
}

function inflate(file: StreamableFile, info: EntryInfo, path: string, maxBytes: number, limits: ReadLimits): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    const stream = file.internalStream('uint8array');
    const fail = (err: DocxError): void => {
      if (done) return;
      done = true;
      stream.pause();
      reject(err);
    };
    stream
      .on('data', (chunk) => {
        if (done) return;
        size += chunk.length;
        // Stop while inflating: a part that outgrows what it declared, or its limit, is not read on.
        if (size > info.uncompressed) {
          fail(new DocxError('zip-bomb', { detail: `${path} inflates beyond its declared size` }));
        } else if (size > maxBytes) {
          fail(tooLarge(path, size, maxBytes, limits));
        } else {
          chunks.push(chunk);
        }
      })
      .on('error', (err) => fail(new DocxError('corrupt', { detail: `${path}: ${errorText(err)}` })))
      .on('end', () => {
        if (done) return;
        done = true;
        resolve(concat(chunks, size));
      })
      .resume();
  });
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Refuse what is not a zip before JSZip sees it, naming what it probably is. */
function sniff(bytes: Uint8Array): void {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    // An encrypted .docx is an OLE compound file with EncryptionInfo and EncryptedPackage
    // streams; a Word 97-2003 .doc has a WordDocument stream. Directory names are UTF-16LE.
    if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
      throw new DocxError('encrypted');
    }
    if (containsUtf16(bytes, 'WordDocument')) throw new DocxError('legacy-doc');
    throw new DocxError('ole-unknown');
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocxError('not-zip');
}

function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The sizes JSZip read from the central directory for the entry it resolved under this name
 * (zip64 included). JSZip keeps them on the entry's compressed data object; its typings leave
 * that out, so the shape is checked, and an entry without sizes is refused rather than trusted.
 */
function declaredSizes(file: JSZip.JSZipObject, path: string): EntryInfo {
  const data = (file as unknown as { _data?: { compressedSize?: unknown; uncompressedSize?: unknown } })._data;
  const compressed = data?.compressedSize;
  const uncompressed = data?.uncompressedSize;
  if (typeof compressed !== 'number' || typeof uncompressed !== 'number' || !(compressed >= 0) || !(uncompressed >= 0)) {
    throw new DocxError('corrupt', { detail: `${path} has no declared size` });
  }
  return { compressed, uncompressed };
}

/** Central directory records are at least 46 bytes; a count the file cannot hold is damage, not a bomb. */
const MIN_ENTRY_BYTES = 46;

/** How many entries the end of central directory declares (zip64 aware), checked before JSZip reads them. */
function checkEntryCount(bytes: Uint8Array, maxEntries: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findBackwards(bytes, 0x06054b50, 22, 22 + 0xffff);
  if (eocd < 0) throw new DocxError('corrupt', { detail: 'no end of central directory (the file is cut short)' });
  let count = view.getUint16(eocd + 10, true);
  if (count === 0xffff) {
    const locator = eocd - 20;
    if (locator >= 0 && view.getUint32(locator, true) === 0x07064b50) {
      const z64 = Number(view.getBigUint64(locator + 8, true));
      if (z64 + 56 <= bytes.length && view.getUint32(z64, true) === 0x06064b50) count = Number(view.getBigUint64(z64 + 32, true));
    }
  }
  if (count * MIN_ENTRY_BYTES > bytes.length) {
    throw new DocxError('corrupt', { detail: `the central directory declares ${count} parts, more than the file can hold` });
  }
  if (count > maxEntries) throw new DocxError('zip-bomb', { detail: `the package holds ${count} parts` });
}

function findBackwards(bytes: Uint8Array, signature: number, minFromEnd: number, maxFromEnd: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - maxFromEnd);
  for (let i = bytes.length - minFromEnd; i >= stop; i--) {
    if (view.getUint32(i, true) === signature) return i;
  }
  return -1;
}

function decode(bytes: Uint8Array, path: string): string {
  // TextDecoder drops a byte-order mark; parts saved as UTF-16 announce themselves with one.
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    // Fatal: a part that is not valid in its encoding is damage, not text to guess at.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DocxError('xml', { part: path, detail: `the part is not valid ${encoding.toUpperCase()} text` });
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function mb(bytes: number): string {
  return (bytes / MB).toFixed(1);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
