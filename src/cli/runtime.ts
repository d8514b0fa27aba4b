/** What the launcher knows about where the command line runs; tests pass nothing. */
export interface Runtime {
  /** The bundled worker module; without it a batch runs in this thread. */
  workerScript?: string;
  /** Threads a batch may use; the available cores when left out. */
  threads?: number;
  /** Stops a batch early (Ctrl-C): what is done is written out, the rest is not started. */
  signal?: AbortSignal;
  /** Show a batch's progress on stderr (a terminal, not a pipe). */
  progress?: boolean;
}
