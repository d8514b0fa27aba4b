import JSZip from 'jszip';
import { DocxError } from '../errors';

/**
 * The .docx as a zip package, opened defensively: the bytes are sniffed before anything is
 * inflated, declared sizes are checked against limits from the central directory, and inflating
 * stops as soon as a part outgrows its budget (a zip bomb may lie about its sizes).
 * Only the parts the reader asks for are ever inflated, so images cost nothing.
 */
export interface ReadLimits {
  /** Largest main document part, uncompressed. */
  maxDocumentBytes: number;
  /** Largest total of all parts we inflate. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio for a part above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Most parts a package may hold; Word writes a few dozen, media included. */
  maxEntries: number;
}

const MB = 1024 * 1024;

/** A 1,000-page contract is about 10 MB of document XML; twice that reads in seconds, not minutes. */
export const DEFAULT_LIMITS: ReadLimits = {
  maxDocumentBytes: 20 * MB,
  maxTotalBytes: 160 * MB,
  maxRatio: 200,
  ratioFloorBytes: 4 * MB,
  maxEntries: 10_000,
};

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

export class DocxPackage {
  private inflated = 0;

  private constructor(
    private readonly zip: JSZip,
    private readonly entries: Map<string, EntryInfo>,
    private readonly limits: ReadLimits,
  ) {}

  static async open(data: Uint8Array | ArrayBuffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<DocxPackage> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    sniff(bytes);
    const entries = centralDirectory(bytes, limits.maxEntries);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch (err) {
      throw new DocxError('corrupt', { detail: errorText(err) });
    }
    return new DocxPackage(zip, entries, limits);
  }

  has(path: string): boolean {
    return this.zip.file(path) !== null;
  }

  /** A part's text, or null when the package has no such part. */
  async text(path: string, maxBytes = this.limits.maxTotalBytes): Promise<string | null> {
    const file = this.zip.file(path) as StreamableFile | null;
    if (!file) return null;
    const info = this.entries.get(path);
    if (info) this.checkDeclared(path, info, maxBytes);
    const budget = Math.min(maxBytes, this.limits.maxTotalBytes - this.inflated);
    const bytes = await inflate(file, budget, info, path, this.limits, maxBytes);
    this.inflated += bytes.length;
    return decode(bytes);
  }

  private checkDeclared(path: string, info: EntryInfo, maxBytes: number): void {
    const { maxRatio, ratioFloorBytes, maxTotalBytes } = this.limits;
    if (info.uncompressed > ratioFloorBytes && info.uncompressed / Math.max(info.compressed, 1) > maxRatio) {
      throw new DocxError('zip-bomb', {
        detail: `${path} declares ${mb(info.uncompressed)} MB from ${mb(info.compressed)} MB compressed`,
      });
    }
    if (info.uncompressed > maxBytes) throw tooLarge(path, info.uncompressed, maxBytes, this.limits);
    if (this.inflated + info.uncompressed > maxTotalBytes) {
      throw new DocxError('zip-bomb', { detail: `the parts read exceed ${mb(maxTotalBytes)} MB` });
    }
  }
}

function tooLarge(path: string, size: number, limit: number, limits: ReadLimits): DocxError {
  return limit === limits.maxDocumentBytes
    ? new DocxError('too-large', { size: mb(size), limit: mb(limit) })
    : new DocxError('zip-bomb', { detail: `${path} is larger than ${mb(limit)} MB` });
}

function inflate(
  file: StreamableFile,
  budget: number,
  info: EntryInfo | undefined,
  path: string,
  limits: ReadLimits,
  maxBytes: number,
): Promise<Uint8Array> {
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
        // Stop while inflating: a part that outgrows what it declared, or the budget, is not read on.
        if (info && size > info.uncompressed) {
          fail(new DocxError('zip-bomb', { detail: `${path} inflates beyond its declared size` }));
        } else if (size > budget) {
          fail(size > maxBytes ? tooLarge(path, size, maxBytes, limits) : new DocxError('zip-bomb', { detail: `the parts read exceed ${mb(limits.maxTotalBytes)} MB` }));
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

/** Declared sizes per entry, from the central directory (zip64 aware). */
function centralDirectory(bytes: Uint8Array, maxEntries: number): Map<string, EntryInfo> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findBackwards(bytes, 0x06054b50, 22, 22 + 0xffff);
  if (eocd < 0) throw new DocxError('corrupt', { detail: 'no end of central directory (the file is cut short)' });
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (offset === 0xffffffff || count === 0xffff) {
    const locator = eocd - 20;
    if (locator >= 0 && view.getUint32(locator, true) === 0x07064b50) {
      const z64 = Number(view.getBigUint64(locator + 8, true));
      if (z64 + 56 <= bytes.length && view.getUint32(z64, true) === 0x06064b50) {
        count = Number(view.getBigUint64(z64 + 32, true));
        offset = Number(view.getBigUint64(z64 + 48, true));
      }
    }
  }
  if (count > maxEntries) throw new DocxError('zip-bomb', { detail: `the package holds ${count} parts` });
  const entries = new Map<string, EntryInfo>();
  const names = new TextDecoder('utf-8');
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) {
      throw new DocxError('corrupt', { detail: 'the central directory is cut short or damaged' });
    }
    let compressed = view.getUint32(p + 20, true);
    let uncompressed = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (uncompressed === 0xffffffff || compressed === 0xffffffff) {
      // Zip64 extended information: the 64-bit sizes, uncompressed first, only for fields at 0xffffffff.
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = view.getUint16(e, true);
        const len = view.getUint16(e + 2, true);
        if (id === 1) {
          let f = e + 4;
          if (uncompressed === 0xffffffff && f + 8 <= e + 4 + len) {
            uncompressed = Number(view.getBigUint64(f, true));
            f += 8;
          }
          if (compressed === 0xffffffff && f + 8 <= e + 4 + len) compressed = Number(view.getBigUint64(f, true));
          break;
        }
        e += 4 + len;
      }
    }
    entries.set(name, { compressed, uncompressed });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function findBackwards(bytes: Uint8Array, signature: number, minFromEnd: number, maxFromEnd: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stop = Math.max(0, bytes.length - maxFromEnd);
  for (let i = bytes.length - minFromEnd; i >= stop; i--) {
    if (view.getUint32(i, true) === signature) return i;
  }
  return -1;
}

function decode(bytes: Uint8Array): string {
  // TextDecoder drops a byte-order mark; parts saved as UTF-16 announce themselves with one.
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
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
