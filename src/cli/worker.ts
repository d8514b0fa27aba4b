// A batch's worker thread: takes the pool's files one at a time from the counter it shares with the
// other threads (src/cli/pool.ts) and returns what each prints. The library and playbooks load once per worker.
import { failedAsLine, nextFile, type PoolData, type PoolMessage } from './pool';

/** The argument a worker thread is started with (src/cli/batch.ts), which the launcher looks for. */
export const WORKER_ARG = '--review-worker';

/**
 * Reviews files until none is left or the batch stopped, then says so. Its modules load here, so
 * loading the bundle loads neither worker_threads nor, for the commands other than review, the review engine.
 */
export async function serveReviews(): Promise<void> {
  const [{ parentPort, workerData }, { reviewFile }] = await Promise.all([import('node:worker_threads'), import('./commands/review')]);
  const { job, files, shared } = workerData as PoolData;
  const send = (message: PoolMessage): void => parentPort?.postMessage(message);
  for (let next = nextFile(shared, files.length); next !== undefined; next = nextFile(shared, files.length)) {
    const file = files[next]!;
    send({ next, result: await failedAsLine(file, () => reviewFile(file, job)) });
  }
  send('done');
}
