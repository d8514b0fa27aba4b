import type { DocModel } from '../../../core/document';
import type { ReviewPart } from './reviewPart';
import { keepWorkers } from './keeper';
import { KEPT, type SentRequest, type WorkReply, type WorkRequest } from './protocol';

export interface RunningWork {
  reply: Promise<WorkReply | null>;
  /** Stop the work: the worker is ended at once and `reply` resolves to null. */
  cancel: () => void;
}

/**
 * One worker is kept between requests (keeper.ts says for how long). What it read or was sent last,
 * the document and the clause library, is not copied to it again: for a long .docx that copy holds
 * the page's thread for over 100 ms, and the library is larger than most drafts. A request made
 * while it works gets a worker of its own. Cancelling ends the worker at once, wherever it is.
 */
const workers = keepWorkers(
  () => new Worker(new URL('./worker.ts', import.meta.url), { name: 'clausewright-work' }),
  typeof window === 'undefined' ? undefined : window,
);
/** What each worker keeps from earlier requests: the page's copies, to know them by. */
const holds = new WeakMap<Worker, { doc?: DocModel; library?: ReviewPart }>();

/** Starts the worker before the first request, so its code loads while the page renders. */
export function warmWork(): void {
  if (typeof Worker === 'undefined') return;
  try {
    workers.warm();
  } catch {
    // No worker here: the first request runs on the page.
  }
}

/**
 * Reading and review off the page's thread, so a large or hostile document never freezes the page.
 * Where no worker can start (an old host, a blocked script), the work runs on the page as before.
 */
export function runWork(request: WorkRequest): RunningWork {
  let settle: (reply: WorkReply | null) => void = () => undefined;
  const reply = new Promise<WorkReply | null>((resolve) => {
    settle = resolve;
  });
  let worker: Worker;
  let done = false;
  const detach = (): void => {
    done = true;
    worker.onmessage = null;
    worker.onerror = null;
  };
  try {
    // Ended with the page (keeper.ts): the answer is then none.
    worker = workers.hire(() => {
      detach();
      settle(null);
    });
  } catch {
    return onThePage(request);
  }
  const finish = (answer: WorkReply | null, keep: boolean): void => {
    if (done) return;
    detach();
    if (keep) workers.release(worker);
    else workers.end(worker);
    settle(answer);
  };
  worker.onmessage = (event: MessageEvent<WorkReply>) => {
    if (event.data.kind === 'read') holds.set(worker, { ...holds.get(worker), doc: event.data.doc });
    finish(event.data, true);
  };
  // A worker that dies (out of memory, a script the page could not load) is a failure, said as one.
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ kind: 'failed', message: event.message || 'the worker stopped' }, false);
  };
  const held = holds.get(worker) ?? {};
  const sent: SentRequest =
    request.kind === 'review'
      ? {
          ...request,
          doc: held.doc === request.doc ? KEPT : request.doc,
          ...(request.library ? { library: held.library === request.library ? KEPT : request.library } : {}),
        }
      : request;
  try {
    worker.postMessage(sent);
  } catch {
    // Data the browser cannot copy to a worker: do the work here rather than not at all.
    finish(null, false);
    return onThePage(request);
  }
  if (request.kind === 'review') holds.set(worker, { doc: request.doc, library: request.library ?? held.library });
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
