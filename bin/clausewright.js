#!/usr/bin/env node
// Thin launcher: the command line is compiled to lib/ by `npm run build:cli` (run by npm's prepare step).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const main = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('clausewright: the command line is not built yet. Run `npm run build:cli` first.\n');
  process.exit(2);
}
require(main).main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`clausewright: ${err && err.message ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
