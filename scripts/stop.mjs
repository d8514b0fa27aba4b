#!/usr/bin/env node
// `npm stop`: end the dev server `npm start` began, with every process it started, and wait until
// its port is free; on Windows and macOS also unload the add-in from Word.
import { spawnSync } from 'node:child_process';
import { PORT, runningPid, stopGroup } from './dev-server.mjs';

if (process.platform === 'win32' || process.platform === 'darwin') {
  spawnSync('npx', ['--yes', 'office-addin-debugging@6', 'stop', 'manifest.xml'], { stdio: 'inherit', shell: process.platform === 'win32' });
}
const pid = runningPid();
if (pid === undefined) {
  console.log('Clausewright: no dev server was running.');
} else {
  await stopGroup(pid);
  console.log(`Clausewright: stopped the dev server (pid ${pid}); port ${PORT} is free.`);
}
