// What a batch's threads share (src/cli/batch.ts, src/cli/worker.ts): the files, and two counters in
// shared memory, the next file to take and whether Ctrl-C stopped the batch.
import { EXIT } from './io';
import type { FileResult, ReviewJob } from './review-job';

/** Indices into the pool's shared counters. */
export const NEXT = 0;
export const STOP = 1;

/** What each worker is started with: plain data and shared memory, copied to a worker once. */
export interface PoolData {
  job: ReviewJob;
  files: string[];
  shared: Int32Array;
}

/** A worker's message: a file's result (its place among the pool's files), or that it took its last. */
export type PoolMessage = { next: number; result: FileResult } | 'done';

/** The next of `count` files for the calling thread to review, or none when all are taken or the batch stopped. */
export function nextFile(shared: Int32Array, count: number): number | undefined {
  if (Atomics.load(shared, STOP)) return undefined;
  const next = Atomics.add(shared, NEXT, 1);
  return next < count ? next : undefined;
}

/** A file's review, or when it throws, the error as that file's line: one bad file never ends a batch. */
export async function failedAsLine(file: string, review: () => Promise<FileResult>): Promise<FileResult> {
  try {
    return await review();
  } catch (err) {
    return { out: '', err: `${file}: ${err instanceof Error ? err.message : String(err)}\n`, code: EXIT.badInput };
  }
}
