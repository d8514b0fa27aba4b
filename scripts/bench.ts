// `npm run bench`: runs every bench/*.bench.ts in name order and prints one line per measure, then
// one summary line last. Each module's default export returns its measures; a module that needs
// ../shared/corpus or a browser and cannot find it returns a skip line instead of failing.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Measure {
  name: string;
  value: number;
  unit: string;
  /** The target, e.g. "<= 150 ms"; `ok` says whether it was met. */
  target?: string;
  ok?: boolean;
  note?: string;
}
/** `summary`: one line for other tools to read, printed after the bench line (so last when the
 * module is run alone, as in `npm run bench -- host`). */
export type Bench = () => Promise<Measure[] | { skipped: string } | { measures: Measure[]; summary: string }>;

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, '../bench');
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  let measured = 0;
  let met = 0;
  let missed = 0;
  const summaries: string[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default: Bench };
    const result = await mod.default();
    if ('skipped' in result) {
      console.log(`${f.replace('.bench.ts', '')}: skipped (${result.skipped})`);
      continue;
    }
    if ('summary' in result) summaries.push(result.summary);
    for (const m of 'measures' in result ? result.measures : result) {
      measured++;
      if (m.ok === true) met++;
      if (m.ok === false) missed++;
      const verdict = m.ok === undefined ? '' : m.ok ? '  ok' : '  MISSED';
      const target = m.target ? `  (target ${m.target})` : '';
      const note = m.note ? `  ${m.note}` : '';
      console.log(`${m.name.padEnd(58)} ${formatValue(m.value).padStart(10)} ${m.unit}${target}${verdict}${note}`);
    }
  }
  console.log(`bench: ${measured} measures, ${met} targets met, ${missed} missed`);
  for (const line of summaries) console.log(line);
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(3);
}

main().catch((err) => {
  console.error(`bench: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
