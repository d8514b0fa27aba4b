import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

// `npm start` then `npm stop`, twice: each stop leaves no process of the server's group, the port
// free and `npm start` ended, so the next start finds the port free (no EADDRINUSE).
const ROOT = path.join(__dirname, '../..');
const PORT = 3000 + 100 + (process.pid % 800); // away from a developer's own server on 3000
const env = { ...process.env, PORT: String(PORT) };

function portInUse(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ port: PORT, host: 'localhost' });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function startThenStop(): Promise<void> {
  const start = spawn('npm', ['start', '--silent'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  start.stdout.on('data', (d: Buffer) => void (out += d.toString()));
  start.stderr.on('data', (d: Buffer) => void (out += d.toString()));
  const ended = new Promise<number | null>((resolve) => start.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (out.includes('Workspace: ')) resolve();
      else if (start.exitCode !== null) reject(new Error(`npm start ended: ${out}`));
      else return;
      clearInterval(check);
    }, 200);
  });
  // The block ends with the URL, over plain http on a machine without Word.
  expect(out.trimEnd().split('\n').pop()).toBe(`  Workspace: http://localhost:${PORT}/index.html`);
  expect(out).not.toMatch(/certificate|sudo/i);
  const pid = Number(readFileSync(path.join(tmpdir(), `clausewright-dev-server-${PORT}.pid`), 'utf8'));
  expect(groupAlive(pid)).toBe(true);

  const stop = spawnSync('npm', ['stop', '--silent'], { cwd: ROOT, env, encoding: 'utf8' });
  expect(stop.stdout).toContain(`stopped the dev server (pid ${pid}); port ${PORT} is free`);
  expect(await ended).toBe(0);
  expect(groupAlive(pid)).toBe(false);
  expect(await portInUse()).toBe(false);
  expect(existsSync(path.join(tmpdir(), `clausewright-dev-server-${PORT}.pid`))).toBe(false);
}

const posix = process.platform === 'win32' ? describe.skip : describe;

posix('npm start and npm stop', () => {
  // Whatever happens above, no server outlives the test.
  afterAll(() => void spawnSync('npm', ['stop', '--silent'], { cwd: ROOT, env }));

  it('start then stop, twice in a row, leaves no process and no port held', async () => {
    await startThenStop();
    await startThenStop();
    // A stop with nothing running says so and succeeds.
    expect(spawnSync('npm', ['stop', '--silent'], { cwd: ROOT, env, encoding: 'utf8' }).stdout).toContain('no dev server was running');
  }, 300_000);
});
