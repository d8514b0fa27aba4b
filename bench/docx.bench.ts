// .docx reading speed over the real files in ../shared/corpus/docx: throughput in MB of .docx per
// second (all files, three passes after a warm-up), and the median read time of the largest
// document (by text: the largest file by bytes is mostly pictures, which are never inflated).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDocx } from '../src/io';
import type { Bench, Measure } from '../scripts/bench';

const DIR = path.resolve(__dirname, '../../shared/corpus/docx');
const PASSES = 3;

const bench: Bench = async () => {
  if (!existsSync(DIR)) return { skipped: `${DIR} not found` };
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.docx'))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(path.join(DIR, f))) }));
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  const textSize = new Map<string, number>();
  for (const f of files) textSize.set(f.name, (await readDocx(f.bytes)).paragraphs.reduce((n, p) => n + p.text.length, 0));

  const start = performance.now();
  for (let pass = 0; pass < PASSES; pass++) for (const f of files) await readDocx(f.bytes);
  const seconds = (performance.now() - start) / 1000;

  const largest = files.reduce((a, b) => (textSize.get(b.name)! > textSize.get(a.name)! ? b : a));
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await readDocx(largest.bytes);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);

  const measures: Measure[] = [
    {
      name: `docx read throughput (${files.length} corpus files, ${(total / 1e6).toFixed(1)} MB)`,
      value: (total * PASSES) / 1e6 / seconds,
      unit: 'MB/s',
      target: '>= 2 MB/s',
      ok: (total * PASSES) / 1e6 / seconds >= 2,
    },
    {
      name: `docx read, largest document (${largest.name.slice(0, 22)}…, ${(textSize.get(largest.name)! / 1e3).toFixed(0)}k chars)`,
      value: times[3]!,
      unit: 'ms',
      target: '<= 200 ms',
      ok: times[3]! <= 200,
    },
  ];
  return measures;
};

export default bench;
