#!/usr/bin/env node
// `npm stop`: stop the server `npm start` began and, on Windows and macOS, unload the add-in from Word.
import { readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const PID_FILE = path.join(os.tmpdir(), 'clausewright-dev-server.pid');
if (process.platform === 'win32' || process.platform === 'darwin') {
  spawnSync('npx', ['--yes', 'office-addin-debugging@6', 'stop', 'manifest.xml'], { stdio: 'inherit', shell: process.platform === 'win32' });
}
try {
  const pid = Number(readFileSync(PID_FILE, 'utf8'));
  process.kill(pid);
  rmSync(PID_FILE);
  console.log(`Clausewright: stopped the dev server (pid ${pid}).`);
} catch {
  console.log('Clausewright: no dev server was running.');
}
