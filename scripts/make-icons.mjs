#!/usr/bin/env node
// Draws the add-in icon (a page with a clause mark on a teal tile) at every size the manifest
// names, as PNG with no image library: supersampled coverage, zlib for the PNG stream.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const TILE = [0x0f, 0x6c, 0x7a];
const PAGE = [0xff, 0xff, 0xff];
const INK = [0x0f, 0x6c, 0x7a];

// Shapes in a unit square; the first that contains the point gives its colour.
function colourAt(x, y) {
  const r = 0.16;
  const inTile = (() => {
    const cx = Math.min(Math.max(x, r), 1 - r), cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  })();
  if (!inTile) return null;
  const inPage = x >= 0.26 && x <= 0.74 && y >= 0.16 && y <= 0.84 && !(x > 0.6 && y < 0.16 + (x - 0.6));
  if (inPage) {
    const line = (y0, x1) => y >= y0 && y <= y0 + 0.06 && x >= 0.34 && x <= x1;
    if (line(0.32, 0.62) || line(0.44, 0.66) || line(0.56, 0.52)) return INK;
    // the check mark: two strokes in the lower right of the page
    const down = x >= 0.42 && x <= 0.52 && Math.abs(y - (0.66 + (x - 0.42))) < 0.035;
    const up = x >= 0.5 && x <= 0.68 && Math.abs(y - (0.76 - (x - 0.5) * 1.3)) < 0.035;
    if (down || up) return INK;
    return PAGE;
  }
  return TILE;
}

function png(size) {
  const S = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let acc = [0, 0, 0], cover = 0;
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const c = colourAt((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
        if (c) { cover++; acc = acc.map((v, i) => v + c[i]); }
      }
      const o = 1 + px * 4;
      if (cover) for (let i = 0; i < 3; i++) row[o + i] = Math.round(acc[i] / cover);
      row[o + 3] = Math.round((cover / (S * S)) * 255);
    }
    rows.push(row);
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('assets', { recursive: true });
for (const s of SIZES) writeFileSync(`assets/icon-${s}.png`, png(s));
console.log(`icons written: ${SIZES.map((s) => `assets/icon-${s}.png`).join(', ')}`);
