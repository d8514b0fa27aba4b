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
 * A stream whose reader went away (`clausewright review ... --json | head`) reports EPIPE: that is
 * the normal end of the output, so writing stops quietly and the command ends with its own exit
 * code, instead of crashing with a stack trace. Any other stream error is still thrown.
 */
function writer(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  let listening = false;
  return (text) => {
    if (closed) return;
    if (!listening) {
      listening = true;
      stream.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE') throw err;
        closed = true;
      });
    }
    stream.write(text);
  };
}

export const processIO: CliIO = { out: writer(process.stdout), err: writer(process.stderr) };

/** Exit codes (DESIGN.md): 0 done, 1 a finding at or above --fail-on, 2 bad input or unreadable file; 130 stopped by Ctrl-C. */
export const EXIT = { ok: 0, findings: 1, badInput: 2, interrupted: 130 } as const;

export class UsageError extends Error {}
