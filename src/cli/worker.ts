// A batch's worker thread: reviews the files the main thread sends, one at a time, and returns what
// each prints. The library and playbooks load once per worker.
import { parentPort, workerData } from 'node:worker_threads';
import { reviewFile } from './commands/review';
import type { FileResult, ReviewJob } from './review-job';
import { EXIT } from './io';

/** Answers the main thread's files until it ends this worker. */
export function serveReviews(): void {
  const job = workerData as ReviewJob;
  parentPort?.on('message', ({ index, file }: { index: number; file: string }) => {
    reviewFile(file, job).then(
      (result) => parentPort?.postMessage({ index, result }),
      (err: unknown) => {
        const result: FileResult = { out: '', err: `${file}: ${err instanceof Error ? err.message : String(err)}\n`, code: EXIT.badInput };
        parentPort?.postMessage({ index, result });
      },
    );
  });
}
