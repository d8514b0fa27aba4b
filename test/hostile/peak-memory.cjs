// Preloaded into the command line by the hostile-input tests (node -r): on exit, the process's
// peak resident memory in kilobytes goes to the file named by CLAUSEWRIGHT_PEAK_FILE.
'use strict';
const fs = require('node:fs');
process.on('exit', () => {
  const file = process.env.CLAUSEWRIGHT_PEAK_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
