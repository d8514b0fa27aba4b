// A batch's worker thread: reviews the files the main thread sends, one at a time, and returns what
// each prints. The library and playbooks load once per worker.
import type { FileResult, ReviewJob } from './review-job';
import { EXIT } from './io';

/** The argument a worker thread is started with (src/cli/batch.ts), which the launcher looks for. */
export const WORKER_ARG = '--review-worker';

/**
 * Answers the main thread's files until it ends this worker. Messages sent before it listens wait
 * on the port. Its modules load here, so loading the bundle loads neither worker_threads nor, for
 * the commands other than review, the review engine.
 */
export async function serveReviews(): Promise<void> {
  const [{ parentPort, workerData }, { reviewFile }] = await Promise.all([import('node:worker_threads'), import('./commands/review')]);
  const job = workerData as ReviewJob;
  parentPort?.on('message', ({ index, file }: { index: number; file: string }) => {
    reviewFile(file, job).then(
      (result) => parentPort.postMessage({ index, result }),
      (err: unknown) => {
        const result: FileResult = { out: '', err: `${file}: ${err instanceof Error ? err.message : String(err)}\n`, code: EXIT.badInput };
        parentPort.postMessage({ index, result });
      },
    );
  });
}
