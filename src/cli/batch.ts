import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { t } from '../core/i18n';
import type { FileResult, ReviewJob } from './review-job';
import type { Draft } from './drafts';
import type { CliIO } from './io';
import { EXIT } from './io';
import type { Runtime } from './runtime';
import { WORKER_ARG } from './worker';
import { failedAsLine, nextFile, STOP, type PoolData, type PoolMessage } from './pool';

export interface BatchResult {
  /** The highest exit code of the files written out. */
  worst: number;
  /** Files written out, from the first. */
  done: number;
  interrupted: boolean;
}

/** Below this many files a batch stays in this thread: starting workers would cost more than it saves. */
const MIN_FILES_FOR_WORKERS = 3;
const BAR_WIDTH = 24;

/**
 * Reviews the drafts, on worker threads up to the cores available when the launcher provides the
 * worker, and writes each file's output in input order as soon as every file before it is done.
 * After `runtime.signal` aborts, no file is started; those under way finish and are written out.
 */
export async function reviewBatch(
  drafts: Draft[],
  job: ReviewJob,
  reviewHere: (draft: Draft) => Promise<FileResult>,
  io: CliIO,
  runtime: Runtime,
): Promise<BatchResult> {
  const total = drafts.length;
  const results: (FileResult | undefined)[] = new Array(total);
  let worst: number = EXIT.ok;
  let done = 0;
  let finished = 0;
  const progress = total > 1 && runtime.progress;

  const settle = (index: number, result: FileResult): void => {
    results[index] = result;
    finished++;
    if (progress) io.err('\r\x1b[K');
    for (let r = results[done]; done < total && r; r = results[done]) {
      if (r.out) io.out(r.out);
      if (r.err) io.err(r.err);
      worst = Math.max(worst, r.code);
      results[done++] = undefined;
    }
    if (progress) io.err(bar(finished, total, job));
  };

  const threads = Math.min(runtime.threads ?? availableParallelism(), total);
  if (runtime.workerScript && threads > 1 && total >= MIN_FILES_FOR_WORKERS) {
    await inWorkers(drafts, job, reviewHere, runtime.workerScript, threads, settle, runtime.signal);
  } else {
    for (let i = 0; i < total && !runtime.signal?.aborted; i++) settle(i, await reviewHere(drafts[i]!));
  }
  if (progress) io.err('\r\x1b[K');
  return { worst, done, interrupted: done < total };
}

function bar(finished: number, total: number, job: ReviewJob): string {
  const filled = Math.round((finished / total) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${t(job.locale, 'cli.review.progress', { done: finished, total })}`;
}

/**
 * This thread and `threads - 1` workers take the files in input order from one shared counter, so a
 * worker goes on to its next file without waiting for this thread, which is busy with a review of
 * its own; the paths go to each worker once, and one message comes back per file. This thread's
 * reviews run between its event loop's turns, where the workers' results are written out and a
 * Ctrl-C is heard: after it, no thread takes another file.
 */
async function inWorkers(
  drafts: Draft[],
  job: ReviewJob,
  reviewHere: (draft: Draft) => Promise<FileResult>,
  script: string,
  threads: number,
  settle: (index: number, result: FileResult) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const queue: number[] = [];
  for (let i = 0; i < drafts.length; i++) {
    // A folder that could not be listed needs no worker: its line is ready now.
    if (drafts[i]!.folder) settle(i, await reviewHere(drafts[i]!));
    else queue.push(i);
  }
  const shared = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const stop = (): void => void Atomics.store(shared, STOP, 1);
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop);
  // Loaded only for a batch on workers: one review never needs it.
  const { Worker } = await import('node:worker_threads');
  const pool: PoolData = { job, files: queue.map((i) => drafts[i]!.file), shared };
  const workers: Worker[] = [];
  let own: Promise<void> | undefined;
  try {
    const served = Array.from({ length: Math.min(threads - 1, queue.length) }, () => {
      const w = new Worker(script, { workerData: pool, argv: [WORKER_ARG] });
      workers.push(w);
      return new Promise<void>((resolve, reject) => {
        w.on('message', (m: PoolMessage) => (m === 'done' ? resolve() : settle(queue[m.next]!, m.result)));
        w.on('error', reject);
      });
    });
    own = (async () => {
      for (let next = nextFile(shared, queue.length); next !== undefined; next = nextFile(shared, queue.length)) {
        const draft = drafts[queue[next]!]!;
        settle(queue[next]!, await failedAsLine(draft.file, () => reviewHere(draft)));
        // A turn of the event loop: the workers' results are written out and a Ctrl-C is heard.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all([own, ...served]);
  } finally {
    // A worker that failed ends the batch: this thread takes no further file, and ends the one it has.
    stop();
    signal?.removeEventListener('abort', stop);
    await own?.catch(() => undefined);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
