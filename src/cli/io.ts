/** Where a command writes; tests pass buffers, the launcher passes the process streams. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Exit codes (DESIGN.md): 0 done, 1 a finding at or above --fail-on, 2 bad input or unreadable file; 130 stopped by Ctrl-C. */
export const EXIT = { ok: 0, findings: 1, badInput: 2, interrupted: 130 } as const;

export class UsageError extends Error {}
