// `npx tsx scripts/rules-report.ts [--dir standard-terms] [--limit N] [--side ROLE --scenario ID] [--show RULE] [--locale zh-CN]`
// Runs the review over the CUAD dev contracts in ../shared/corpus (or another folder of .txt or .md
// files there, --dir) and prints, per rule, how many
// findings it raised and in how many contracts, so false positives can be read and counted.
// --show RULE prints each finding of that rule with its first quotes.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { loadLibraryDir } from '../src/cli/library-files';
import { review, type Playbooks, type ReviewOptions } from '../src/core/review/engine';
import { fromText } from '../src/core/review/text';
import { isScenarioId, type RoleId, type ScenarioId } from '../src/core/scenarios';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dir = path.resolve(__dirname, '../../shared/corpus', arg('--dir') ?? 'cuad-dev/text');
if (!existsSync(dir)) {
  console.log(`rules-report: skipped (no corpus at ${dir})`);
  process.exit(0);
}
const limit = Number(arg('--limit') ?? 0) || Infinity;
const show = arg('--show');
const scenario = arg('--scenario');
const side = arg('--side') as RoleId | undefined;
// The built-in library gives the fixes and, with --scenario and --side, the playbook for missing terms.
function libraryOptions(): Pick<ReviewOptions, 'library' | 'playbooks'> {
  const loaded = loadLibraryDir();
  if (!loaded.ok) return {};
  const playbooks: Playbooks = {};
  for (const sc of loaded.library.scenarios) playbooks[sc.id] = sc.playbook as Playbooks[typeof sc.id];
  return { library: loaded.library, playbooks };
}
const library = libraryOptions();
let fixed = 0;
const files = readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f)).sort().slice(0, limit);

const findings = new Map<string, number>();
const contracts = new Map<string, number>();
const severities = new Map<string, Map<string, number>>();
let total = 0;
const started = Date.now();
for (const f of files) {
  const result = review(fromText(readFileSync(path.join(dir, f), 'utf8')), {
    ...(scenario && isScenarioId(scenario) ? { scenario: scenario as ScenarioId } : {}),
    ...(side ? { role: side } : {}),
    ...library,
    locale: arg('--locale') === 'zh-CN' ? 'zh-CN' : 'en',
  });
  const seen = new Set<string>();
  for (const x of result.findings) {
    total++;
    if (x.fix) fixed++;
    findings.set(x.rule, (findings.get(x.rule) ?? 0) + 1);
    const bySeverity = severities.get(x.rule) ?? new Map<string, number>();
    bySeverity.set(x.severity, (bySeverity.get(x.severity) ?? 0) + 1);
    severities.set(x.rule, bySeverity);
    if (!seen.has(x.rule)) contracts.set(x.rule, (contracts.get(x.rule) ?? 0) + 1);
    seen.add(x.rule);
    if (show && x.rule === show) {
      console.log(`\n# ${f}\n  [${x.severity}] ${x.message}`);
      for (const e of x.evidence.slice(0, 3)) console.log(`  > p${e.paragraph}: ${e.text.slice(0, 240)}`);
    }
  }
}
const rows = [...findings.entries()].sort((a, b) => b[1] - a[1]);
console.log(`\n${'rule'.padEnd(34)} ${'findings'.padStart(8)} ${'contracts'.padStart(9)}  severities`);
for (const [rule, n] of rows) {
  const sev = [...(severities.get(rule) ?? [])].map(([s, c]) => `${s} ${c}`).join(', ');
  console.log(`${rule.padEnd(34)} ${String(n).padStart(8)} ${String(contracts.get(rule)).padStart(9)}  ${sev}`);
}
console.log(
  `\n${files.length} contracts, ${total} findings (${(total / files.length).toFixed(1)} per contract), ${fixed} with a library fix, ${Date.now() - started} ms`,
);
