// Preloaded into the command line by the hostile-input tests (node -r): on exit, the process's
// peak resident memory in kilobytes and the CPU seconds it used (user and system, all threads) go
// to the file named by CLAUSEWRIGHT_PEAK_FILE as JSON. CPU time, unlike wall-clock time, does not
// grow when other work shares the machine, so the time bound holds on a busy CI runner.
// VmHWM is this program's own high-water mark; getrusage's maxRSS is not, as Linux carries the
// parent's (the test runner's) peak across fork and exec.
'use strict';
const fs = require('node:fs');
process.on('exit', () => {
  const file = process.env.CLAUSEWRIGHT_PEAK_FILE;
  if (!file) return;
  let kb = process.resourceUsage().maxRSS;
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) kb = Number(hwm[1]);
  } catch {
    // No /proc (not Linux): maxRSS, which can only overstate the peak.
  }
  const cpu = process.cpuUsage();
  fs.writeFileSync(file, JSON.stringify({ kb, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
});
