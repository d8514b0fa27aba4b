#!/usr/bin/env node
// `npm start`: serve the add-in on localhost:3000 and, where Word desktop exists (Windows, macOS),
// sideload it. Where Word cannot run (Linux) or the dev certificate cannot be trusted, keep serving
// and print the standalone workspace URL (http on localhost when https is impossible).
// office-addin-debugging is fetched with npx on Windows and macOS only: it pulls an Azure toolkit
// and the native keytar module, which cannot build on machines without libsecret.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PORT = Number(process.env.PORT || 3000);
const PID_FILE = path.join(os.tmpdir(), 'clausewright-dev-server.pid');
const wordDesktop = process.platform === 'win32' || process.platform === 'darwin';

async function httpsOptions() {
  try {
    const certs = await import('office-addin-dev-certs');
    const get = certs.getHttpsServerOptions ?? certs.default?.getHttpsServerOptions;
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timed out installing the certificate')), 30_000));
    const opts = await Promise.race([get(), timeout]);
    return { ok: true, opts };
  } catch (err) {
    return { ok: false, reason: (err && err.message ? err.message : String(err)).split('\n')[0] };
  }
}

const https = await httpsOptions();
const webpackArgs = ['webpack', 'serve', '--mode', 'development', '--port', String(PORT)];
const env = { ...process.env };
if (https.ok) {
  const dir = path.join(os.tmpdir(), 'clausewright-certs');
  await import('node:fs').then((fs) => fs.mkdirSync(dir, { recursive: true }));
  for (const k of ['key', 'cert', 'ca']) if (https.opts[k]) writeFileSync(path.join(dir, `${k}.pem`), https.opts[k]);
  webpackArgs.push('--server-type', 'https', '--server-options-key', path.join(dir, 'key.pem'), '--server-options-cert', path.join(dir, 'cert.pem'));
}
const scheme = https.ok ? 'https' : 'http';
const server = spawn('npx', webpackArgs, { stdio: ['ignore', 'inherit', 'inherit'], env, shell: process.platform === 'win32' });
writeFileSync(PID_FILE, String(server.pid));
server.on('exit', (code) => process.exit(code ?? 0));

const workspace = `${scheme}://localhost:${PORT}/index.html`;
if (!https.ok) {
  console.log(`\nClausewright: serving over http because a trusted localhost certificate could not be installed (${https.reason}).`);
}
if (wordDesktop && https.ok) {
  console.log(`\nClausewright: sideloading into Word with office-addin-debugging; the task pane is ${scheme}://localhost:${PORT}/taskpane.html`);
  spawn('npx', ['--yes', 'office-addin-debugging@6', 'start', 'manifest.xml', 'desktop', '--dev-server-port', String(PORT)], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
} else {
  const why = wordDesktop ? 'Word needs https to load the add-in' : `Word desktop does not run on ${process.platform}`;
  console.log(`Clausewright: ${why}; open the standalone workspace at ${workspace}\n`);
}
