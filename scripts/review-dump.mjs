#!/usr/bin/env node
// The JSON of every corpus review a built command line gives (`npm run build:cli` first), to check
// that a change meant only for speed changes no finding: dump main's checkout and yours, then
// compare the folders (`diff -r`). Sets: the CUAD dev texts, the .docx files, and the real drafts
// both with no options and with the scenario and side their expectations name.
// Usage: node scripts/review-dump.mjs PROJECT_DIR OUT_DIR
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [project, out] = process.argv.slice(2).map((p) => path.resolve(p));
if (!project || !out) {
  console.error('usage: node scripts/review-dump.mjs PROJECT_DIR OUT_DIR');
  process.exit(2);
}
const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
fs.mkdirSync(out, { recursive: true });

/** One line of JSON per file reviewed, each file named by its base name so two checkouts compare. */
function review(args) {
  const r = spawnSync(process.execPath, [path.join(project, 'bin/clausewright.js'), 'review', '--json', ...args], { encoding: 'utf8', cwd: project, maxBuffer: 1 << 30 });
  return r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.stringify({ ...JSON.parse(l), file: path.basename(JSON.parse(l).file ?? '') }));
}

function write(name, lines) {
  fs.writeFileSync(path.join(out, `${name}.jsonl`), `${lines.sort().join('\n')}\n`);
  console.log(`${name}: ${lines.length} reviews`);
}

write('cuad', review([path.join(corpus, 'cuad-dev/text')]));
write('docx', review([path.join(corpus, 'docx')]));
write('realdrafts', review([path.join(corpus, 'realdrafts-dev/docs')]));
const spec = JSON.parse(fs.readFileSync(path.join(corpus, 'realdrafts-dev/expect.json'), 'utf8'));
const sided = spec.documents.flatMap((d) => review([...(d.scenario ? ['--scenario', d.scenario] : []), ...(d.side ? ['--side', d.side] : []), path.join(corpus, 'realdrafts-dev/docs', d.file)]));
write('realdrafts-sided', sided);
