// Clause library and builder speed: validating the whole library (what the add-in does when it
// loads a library) and building each preset from answers to text (what one click on Build costs).
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readLibraryFiles } from '../src/cli/library-files';
import { parseLibrary } from '../src/core/library';
import { plan, presetAnswers, render, resolveAnswers, toText } from '../src/core/agreement';
import { SCENARIO_IDS } from '../src/core/scenarios';
import type { Bench } from '../scripts/bench';

function median(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

const bench: Bench = async () => {
  const { files, issues } = readLibraryFiles(path.resolve(__dirname, '../clause-library'));
  const parsed = parseLibrary(files);
  if (issues.length > 0 || !parsed.ok) return { skipped: 'clause-library/ does not validate (run the clause-library test)' };
  const library = parsed.library;
  const variants = library.clauses.reduce((n, c) => n + c.variants.length, 0);
  parseLibrary(files);
  const validate = median(() => parseLibrary(files), 21);

  const inputs = SCENARIO_IDS.map((s) => ({ ...presetAnswers(library, s) }));
  const buildAll = () => {
    for (const input of inputs) {
      const resolved = resolveAnswers(library, input);
      if (!resolved.ok) throw new Error(`preset ${input.scenario} does not resolve`);
      toText(render(library, plan(library, resolved.answers), resolved.answers));
    }
  };
  buildAll();
  const perBuild = median(buildAll, 21) / inputs.length;

  return [
    { name: `library validation (${files.length} files, ${variants} variants)`, value: validate, unit: 'ms', target: '<= 100 ms', ok: validate <= 100 },
    { name: 'build one preset: answers, plan, render, text (6 presets)', value: perBuild, unit: 'ms', target: '<= 50 ms', ok: perBuild <= 50 },
  ];
};

export default bench;
