import type { WorkReply, WorkRequest } from './protocol';

export interface RunningWork {
  reply: Promise<WorkReply | null>;
  /** Stop the work: the worker is ended at once and `reply` resolves to null. */
  cancel: () => void;
}

/**
 * Reading and review off the page's thread, so a large or hostile document never freezes the page:
 * each request gets its own Web Worker, ended when it answers or when the user cancels. Where no
 * worker can start (an old host, a blocked script), the work runs on the page as before.
 */
export function runWork(request: WorkRequest): RunningWork {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { name: 'clausewright-work' });
  } catch {
    return onThePage(request);
  }
  let settle: (reply: WorkReply | null) => void = () => undefined;
  const reply = new Promise<WorkReply | null>((resolve) => {
    settle = resolve;
  });
  const finish = (answer: WorkReply | null): void => {
    worker.terminate();
    settle(answer);
  };
  worker.onmessage = (event: MessageEvent<WorkReply>) => finish(event.data);
  // A worker that dies (out of memory, a script the page could not load) is a failure, said as one.
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ kind: 'failed', message: event.message || 'the worker stopped' });
  };
  try {
    worker.postMessage(request);
  } catch {
    // Data the browser cannot copy to a worker: do the work here rather than not at all.
    worker.terminate();
    return onThePage(request);
  }
  return { reply, cancel: () => finish(null) };
}

/** The fallback: the same work on the page's thread, loaded only when needed; cancelling drops the answer. */
function onThePage(request: WorkRequest): RunningWork {
  let cancelled = false;
  const reply = import(/* webpackChunkName: "docx-reader" */ './perform').then(async ({ perform }) => {
    const answer = await perform(request);
    return cancelled ? null : answer;
  });
  return { reply, cancel: () => void (cancelled = true) };
}
