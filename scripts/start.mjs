#!/usr/bin/env node
// `npm start`: serve the add-in on localhost:3000 (PORT to change it) and, where Word desktop exists
// (Windows, macOS), sideload it over https with a trusted localhost certificate. Where Word cannot
// run (Linux) serve the standalone workspace over plain http and touch no certificates.
// The dev server runs in a process group of its own, recorded in a pid file, so `npm stop` (or
// Ctrl-C here) ends exactly what this started. Its output goes to a log file; this prints one
// short block with the URL last.
// office-addin-debugging is fetched with npx on Windows and macOS only: it pulls an Azure toolkit
// and the native keytar module, which cannot build on machines without libsecret.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { LOG_FILE, PID_FILE, PORT, portInUse, runningPid, stopGroup } from './dev-server.mjs';

const wordDesktop = process.platform === 'win32' || process.platform === 'darwin';
const STARTUP_LIMIT_MS = 180_000;

const running = runningPid();
if (running) {
  console.log(`Clausewright is already running (pid ${running}); \`npm stop\` ends it.`);
  process.exit(1);
}
if (await portInUse()) {
  console.error(`Clausewright: port ${PORT} is taken by another program; free it or start on another port: PORT=3001 npm start`);
  process.exit(1);
}

async function httpsOptions() {
  try {
    const certs = await import('office-addin-dev-certs');
    const get = certs.getHttpsServerOptions ?? certs.default?.getHttpsServerOptions;
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timed out installing the certificate')), 30_000));
    return { ok: true, opts: await Promise.race([get(), timeout]) };
  } catch (err) {
    return { ok: false, reason: (err && err.message ? err.message : String(err)).split('\n')[0] };
  }
}

const https = wordDesktop ? await httpsOptions() : { ok: false };
const webpackCli = createRequire(import.meta.url).resolve('webpack-cli/bin/cli.js');
const args = [webpackCli, 'serve', '--mode', 'development', '--port', String(PORT)];
if (https.ok) {
  const dir = path.join(os.tmpdir(), 'clausewright-certs');
  mkdirSync(dir, { recursive: true });
  for (const k of ['key', 'cert', 'ca']) if (https.opts[k]) writeFileSync(path.join(dir, `${k}.pem`), https.opts[k]);
  args.push('--server-type', 'https', '--server-options-key', path.join(dir, 'key.pem'), '--server-options-cert', path.join(dir, 'cert.pem'));
}
console.log(`Clausewright: building and starting the dev server on port ${PORT}...`);
const log = openSync(LOG_FILE, 'w');
const server = spawn(process.execPath, args, { stdio: ['ignore', log, log], detached: true, windowsHide: true });
writeFileSync(PID_FILE, String(server.pid));

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await stopGroup(server.pid);
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
server.on('exit', (code, signal) => {
  if (stopping) return;
  // `npm stop` ends it with SIGTERM, which webpack answers by exiting cleanly.
  if (signal || code === 0) console.log('Clausewright: the dev server was stopped.');
  else console.error(`Clausewright: the dev server ended (exit ${code}); its output is in ${LOG_FILE}`);
  process.exit(signal ? 0 : code);
});

const scheme = https.ok ? 'https' : 'http';
const workspace = `${scheme}://localhost:${PORT}/index.html`;
const started = Date.now();
// The server takes connections before the first build is done and answers once it is.
while (!(await served(workspace))) {
  if (Date.now() - started > STARTUP_LIMIT_MS) {
    console.error(`Clausewright: the dev server did not answer within ${STARTUP_LIMIT_MS / 1000} s; see ${LOG_FILE}`);
    await stop();
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}

function served(url) {
  const get = url.startsWith('https:') ? httpsGet : httpGet;
  // The development certificate is trusted by the system store, which Node does not read.
  return new Promise((resolve) => {
    const req = get(url, { rejectUnauthorized: false, timeout: 60_000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

const lines = ['', `Clausewright dev server (pid ${server.pid}); its output: ${LOG_FILE}`, 'Stop it with: npm stop (or Ctrl-C here)'];
if (wordDesktop && https.ok) {
  lines.push(`Sideloading into Word; the task pane is ${scheme}://localhost:${PORT}/taskpane.html`);
  spawn('npx', ['--yes', 'office-addin-debugging@6', 'start', 'manifest.xml', 'desktop', '--dev-server-port', String(PORT)], {
    stdio: 'ignore',
    shell: process.platform === 'win32',
  });
} else if (wordDesktop) {
  lines.push(`Word needs https to load the add-in, and a trusted localhost certificate could not be installed (${https.reason}).`);
} else {
  lines.push(`Word desktop does not run on ${process.platform}: use the standalone workspace.`);
}
lines.push('', `  Workspace: ${workspace}`, '');
console.log(lines.join('\n'));
