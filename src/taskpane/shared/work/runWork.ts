import type { DocModel } from '../../../core/document';
import { KEPT, type SentRequest, type WorkReply, type WorkRequest } from './protocol';

export interface RunningWork {
  reply: Promise<WorkReply | null>;
  /** Stop the work: the worker is ended at once and `reply` resolves to null. */
  cancel: () => void;
}

/**
 * One worker is kept between requests: the engine it fetched and compiled serves the next review
 * warm, and the document it read or reviewed last is not copied to it again (for a long .docx that
 * copy holds the page's thread for over 100 ms). A request made while it works gets a worker of its
 * own. Cancelling ends the worker at once, wherever it is.
 */
let idle: Worker | null = null;
/** The document each worker keeps: the page's copy of it, to know it by. */
const holds = new WeakMap<Worker, DocModel>();

function newWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { name: 'clausewright-work' });
}

/** Starts the worker before the first request, so its code loads while the page renders. */
export function warmWork(): void {
  if (idle || typeof Worker === 'undefined') return;
  try {
    idle = newWorker();
  } catch {
    // No worker here: the first request runs on the page.
  }
}

/**
 * Reading and review off the page's thread, so a large or hostile document never freezes the page.
 * Where no worker can start (an old host, a blocked script), the work runs on the page as before.
 */
export function runWork(request: WorkRequest): RunningWork {
  let worker: Worker;
  try {
    worker = idle ?? newWorker();
  } catch {
    return onThePage(request);
  }
  if (worker === idle) idle = null;
  let settle: (reply: WorkReply | null) => void = () => undefined;
  const reply = new Promise<WorkReply | null>((resolve) => {
    settle = resolve;
  });
  const finish = (answer: WorkReply | null, keep: boolean): void => {
    worker.onmessage = null;
    worker.onerror = null;
    if (keep && !idle) idle = worker;
    else worker.terminate();
    settle(answer);
  };
  worker.onmessage = (event: MessageEvent<WorkReply>) => {
    if (event.data.kind === 'read') holds.set(worker, event.data.doc);
    finish(event.data, true);
  };
  // A worker that dies (out of memory, a script the page could not load) is a failure, said as one.
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ kind: 'failed', message: event.message || 'the worker stopped' }, false);
  };
  const sent: SentRequest = request.kind === 'review' && holds.get(worker) === request.doc ? { ...request, doc: KEPT } : request;
  try {
    worker.postMessage(sent);
  } catch {
    // Data the browser cannot copy to a worker: do the work here rather than not at all.
    finish(null, false);
    return onThePage(request);
  }
  if (request.kind === 'review') holds.set(worker, request.doc);
  return { reply, cancel: () => finish(null, false) };
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
