import type { DocModel } from '../../../core/document';
import { keepWorkers } from './keeper';
import { afterRead, nameHeld, type Held } from './held';
import type { SentRequest, WorkReply, WorkRequest } from './protocol';

export interface RunningWork {
  reply: Promise<WorkReply | null>;
  /** Stop the work: the worker is ended at once and `reply` resolves to null. */
  cancel: () => void;
}

/**
 * One worker is kept between requests (keeper.ts says for how long). What it holds (held.ts: the
 * documents it read and the clause library it was sent last) is not copied to it again: for a long
 * .docx that copy holds the page's thread for over 100 ms, and the library is larger than most
 * drafts. A request made while it works gets a worker of its own. Cancelling ends the worker at
 * once, wherever it is.
 */
const workers = keepWorkers(
  () => new Worker(new URL('./worker.ts', import.meta.url), { name: 'clausewright-work' }),
  typeof window === 'undefined' ? undefined : window,
);
/** What each worker holds from earlier requests: the page's copies, to know them by. */
const holds = new WeakMap<Worker, Held>();
/**
 * Documents a worker read from a file: the page sends the same copy for every review of that file,
 * so the worker keeps them. A document the host reads afresh for each review (Word) is not here.
 */
const steady = new WeakSet<DocModel>();

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
    if (event.data.kind === 'read' && request.kind === 'read') {
      steady.add(event.data.doc);
      holds.set(worker, afterRead(holds.get(worker) ?? {}, request.slot ?? 'doc', event.data.doc));
    }
    finish(event.data, true);
  };
  // A worker that dies (out of memory, a script the page could not load) is a failure, said as one.
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ kind: 'failed', message: event.message || 'the worker stopped' }, false);
  };
  const { sent, next }: { sent: SentRequest; next?: Held } = request.kind === 'review' ? nameHeld(request, holds.get(worker) ?? {}, (doc) => steady.has(doc)) : { sent: request };
  try {
    worker.postMessage(sent);
  } catch {
    // Data the browser cannot copy to a worker: do the work here rather than not at all.
    finish(null, false);
    return onThePage(request);
  }
  if (next) holds.set(worker, next);
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
