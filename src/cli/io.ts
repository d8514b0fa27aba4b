import { writeSync } from 'node:fs';
import { toLocale, type Locale } from '../core/i18n/locale';

/** The user's language for messages: LC_ALL, else LANG, as POSIX tools read them. */
export function cliLocale(): Locale {
  return toLocale(process.env.LC_ALL || process.env.LANG);
}

/** Where a command writes; tests pass buffers, the launcher passes the process streams. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Output goes straight to the file descriptor: setting up Node's stream for it, and the modules it
 * loads, cost a run 2-4 ms of CPU (measured). Windows keeps the stream, which writes Unicode to
 * its console. A descriptor that would block (a pipe another program made
 * non-blocking) hands what is left, and all later output, to the stream, so order is kept.
 * A reader that went away (`clausewright review ... --json | head`) reports EPIPE: that is the
 * normal end of the output, so writing stops quietly and the command ends with its own exit code,
 * instead of crashing with a stack trace. Any other error is still thrown.
 */
function writer(fd: number, stream: () => NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  let via: NodeJS.WriteStream | undefined;
  const toStream = (data: string | Uint8Array): void => {
    if (!via) {
      via = stream();
      via.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE') throw err;
        closed = true;
      });
    }
    via.write(data);
  };
  const direct = process.platform !== 'win32';
  return (text) => {
    if (closed) return;
    if (via || !direct) return toStream(text);
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') closed = true;
      else if (code === 'EAGAIN') toStream(bytes.subarray(done));
      else throw err;
    }
  };
}

export const processIO: CliIO = { out: writer(1, () => process.stdout), err: writer(2, () => process.stderr) };

/** Exit codes (DESIGN.md): 0 done, 1 a finding at or above --fail-on, 2 bad input or unreadable file; 130 stopped by Ctrl-C. */
export const EXIT = { ok: 0, findings: 1, badInput: 2, interrupted: 130 } as const;

export class UsageError extends Error {}
