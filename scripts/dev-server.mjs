// What `npm start` and `npm stop` share: the port, the pid file naming the dev server's process
// group, and how to end that group and wait until the port is free again.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export const PORT = Number(process.env.PORT || 3000);
export const PID_FILE = path.join(os.tmpdir(), `clausewright-dev-server-${PORT}.pid`);
export const LOG_FILE = path.join(os.tmpdir(), `clausewright-dev-server-${PORT}.log`);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The pid `npm start` recorded, if that process is still alive. */
export function runningPid() {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number(readFileSync(PID_FILE, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid) || !isDevServer(pid)) {
    rmSync(PID_FILE, { force: true });
    return undefined;
  }
  return pid;
}

/** Where the system shows command lines (Linux), a reused pid of another program is not ours to end. */
function isDevServer(pid) {
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('webpack');
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Whether something accepts connections on the port. */
export function portInUse(port = PORT) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: 'localhost' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Ends the dev server and every process it started: on POSIX the whole process group (start
 * makes the server a group leader), on Windows the process tree. Waits until every process of it
 * has ended and the port is free.
 */
export async function stopGroup(pid) {
  const signalGroup = (signal) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  };
  // The whole group, not only its leader: a child (a build helper of webpack's) can outlive the leader for a moment.
  const running = () => (process.platform === 'win32' ? alive(pid) : alive(-pid));
  if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
  else signalGroup('SIGTERM');
  for (let waited = 0; waited < 10_000 && running(); waited += 100) await sleep(100);
  if (running() && process.platform !== 'win32') signalGroup('SIGKILL');
  for (let waited = 0; waited < 10_000 && running(); waited += 100) await sleep(100);
  for (let waited = 0; waited < 10_000 && (await portInUse()); waited += 100) await sleep(100);
  rmSync(PID_FILE, { force: true });
}
