// Review speed on real contract text (CUAD dev, ../shared/corpus): a 100-page agreement, throughput
// over every dev contract on one core, and how time grows when the text doubles. Times are CPU time
// of this process, so other work on a shared machine does not inflate them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromText, review } from '../src/core/review';
import type { Bench, Measure } from '../scripts/bench';

const TEXTS = path.resolve(__dirname, '../../shared/corpus/cuad-dev/text');
const PAGE_BYTES = 3000;

/** CPU milliseconds spent since `start`. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Median CPU time of `runs` reviews of the text, after one warm-up. */
function timeReview(text: string, runs: number): number {
  review(fromText(text));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    review(fromText(text));
    times.push(cpuMs(start));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Real contracts joined until the text reaches `bytes`. */
function agreementOf(texts: string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    size += t.length;
  }
  return parts.join('\n\n').slice(0, bytes);
}

const bench: Bench = async () => {
  if (!existsSync(TEXTS)) return { skipped: `${TEXTS} not found` };
  const texts = readdirSync(TEXTS)
    .sort()
    .map((f) => readFileSync(path.join(TEXTS, f), 'utf8'));
  const hundredPages = agreementOf(texts, 100 * PAGE_BYTES);
  // The same agreement twice, so the ratio shows how time grows with length and nothing else.
  const doubled = `${hundredPages}\n\n${hundredPages}`;
  const one = timeReview(hundredPages, 9);
  const two = timeReview(doubled, 9);

  const totalBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const start = process.cpuUsage();
  for (const t of texts) review(fromText(t));
  const seconds = cpuMs(start) / 1000;
  const mbps = totalBytes / 1e6 / seconds;

  const measures: Measure[] = [
    { name: 'review: 100-page agreement (300 KB of CUAD text)', value: one, unit: 'ms', target: '<= 150 ms', ok: one <= 150 },
    { name: 'review: throughput over CUAD dev texts, one core', value: mbps, unit: 'MB/s', target: '>= 2 MB/s', ok: mbps >= 2, note: `${texts.length} contracts, ${(totalBytes / 1e6).toFixed(1)} MB` },
    { name: 'review: time for doubled text / time for 100 pages', value: two / one, unit: 'x', target: '<= 2', ok: two / one <= 2 },
  ];
  return measures;
};

export default bench;
