/**
 * The life of the worker that reads and reviews for the page. One worker is kept between requests
 * while the page lives, so the engine it loaded and compiled serves the next review warm. It ends
 * when the page goes away (the task pane closed, the workspace tab closed), after a quiet period
 * with no request (so a pane left open all day does not hold a draft's copy and the engine's memory),
 * or when the user cancels; the next request starts a new one.
 */

/** What the keeper needs of a worker: the one call that ends it. */
export interface Endable {
  terminate(): void;
}

/** The page's events the keeper listens to; `window` in a browser. */
export interface PageEvents {
  addEventListener(type: 'pagehide', listener: (event: { persisted?: boolean }) => void): void;
}

export interface WorkerKeeper<W extends Endable> {
  /** A worker for one request: the kept one, else a new one (`create` may throw where none can start). */
  hire(onEnded: () => void): W;
  /** The request is answered: the worker is kept for the next one, or ended when one is kept already. */
  release(worker: W): void;
  /** The request is dropped (cancelled, or the worker failed): the worker ends, without `onEnded`. */
  end(worker: W): void;
  /** Starts a worker before the first request, so its code loads while the page renders. */
  warm(): void;
  /** Ends the kept worker and, when `busy`, those at work too (each told through its `onEnded`). */
  endAll(busy: boolean): void;
  /** The worker kept for the next request, if any. */
  kept(): W | null;
}

/**
 * A few minutes: long enough that a review after an edit or a change of side starts warm, short
 * enough that a pane left open does not hold its memory for the afternoon.
 */
export const QUIET_MS = 3 * 60_000;

export function keepWorkers<W extends Endable>(create: () => W, page: PageEvents | undefined, quietMs = QUIET_MS): WorkerKeeper<W> {
  let idle: W | null = null;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const busy = new Map<W, () => void>();
  let listening = false;

  const listen = (): void => {
    if (listening || !page) return;
    listening = true;
    // A page kept for the back button (persisted) may come back: its running work is left to finish.
    page.addEventListener('pagehide', (event) => endAll(!event.persisted));
  };
  const park = (worker: W): void => {
    idle = worker;
    clearTimeout(quiet);
    quiet = setTimeout(() => {
      if (idle !== worker) return;
      idle = null;
      worker.terminate();
    }, quietMs);
  };
  const endAll = (alsoBusy: boolean): void => {
    clearTimeout(quiet);
    idle?.terminate();
    idle = null;
    if (!alsoBusy) return;
    for (const [worker, ended] of [...busy]) {
      busy.delete(worker);
      worker.terminate();
      ended();
    }
  };

  return {
    hire(onEnded) {
      listen();
      const worker = idle ?? create();
      if (worker === idle) {
        idle = null;
        clearTimeout(quiet);
      }
      busy.set(worker, onEnded);
      return worker;
    },
    release(worker) {
      busy.delete(worker);
      if (idle) worker.terminate();
      else park(worker);
    },
    end(worker) {
      busy.delete(worker);
      worker.terminate();
    },
    warm() {
      listen();
      if (!idle) park(create());
    },
    endAll,
    kept: () => idle,
  };
}
