// CLAUSEWRIGHT_PHASES=1: where a run's time goes, for measuring start-up. The end of each phase is
// written to stderr at once (a plain write, no stream), as milliseconds since the process started,
// wall and CPU (all threads); the launcher marks its own phases, loading the bundle, the same way.
import { writeSync } from 'node:fs';

const on = Boolean(process.env.CLAUSEWRIGHT_PHASES);

/** Marks the end of a phase of the run; nothing unless CLAUSEWRIGHT_PHASES is set. */
export function phase(name: string): void {
  if (!on) return;
  const { user, system } = process.cpuUsage();
  writeSync(2, `phase ${name.padEnd(12)} ${performance.now().toFixed(1).padStart(7)} ms wall ${((user + system) / 1000).toFixed(1).padStart(7)} ms cpu\n`);
}
