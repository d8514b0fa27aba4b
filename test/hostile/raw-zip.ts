import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A zip writer for the cases JSZip will not write: an entry whose header name differs from the
 * name in its Unicode Path extra field (0x7075), and sizes that lie about the data.
 */
export interface RawEntry {
  /** The name in the local and central headers. */
  name: string;
  data: Uint8Array | string;
  /** A Unicode Path extra field naming the entry otherwise; JSZip takes this name. */
  unicodePath?: string;
  /** The uncompressed size to declare, when it should not be the true one. */
  declaredSize?: number;
}

export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const packed = deflateRawSync(data);
    const name = Buffer.from(e.name, 'utf8');
    const extra = e.unicodePath === undefined ? Buffer.alloc(0) : unicodePathField(name, e.unicodePath);
    const crc = crc32(data);
    const size = e.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, extra, packed);
    centrals.push(central, name, extra);
    offset += local.length + name.length + extra.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** Version 1, the CRC of the header name (JSZip ignores the field if it does not match), the UTF-8 name. */
function unicodePathField(headerName: Buffer, path: string): Buffer {
  const utf8 = Buffer.from(path, 'utf8');
  const field = Buffer.alloc(9 + utf8.length);
  field.writeUInt16LE(0x7075, 0);
  field.writeUInt16LE(5 + utf8.length, 2);
  field.writeUInt8(1, 4);
  field.writeUInt32LE(crc32(headerName), 5);
  utf8.copy(field, 9);
  return field;
}
