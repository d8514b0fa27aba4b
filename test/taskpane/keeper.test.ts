import { keepWorkers, type PageEvents } from '../../src/taskpane/shared/work/keeper';

/** A stand-in worker that records whether it was ended. */
class FakeWorker {
  static made = 0;
  readonly n = ++FakeWorker.made;
  ended = false;
  terminate(): void {
    this.ended = true;
  }
}

/** A page whose pagehide the test fires. */
function fakePage() {
  const listeners: ((e: { persisted?: boolean }) => void)[] = [];
  const page: PageEvents = { addEventListener: (_type, l) => void listeners.push(l) };
  return { page, hide: (persisted = false) => listeners.forEach((l) => l({ persisted })), listeners };
}

const QUIET = 60_000;

describe('the review worker while the pane lives', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('is reused for the next review, and a second one asked for while it works is ended when done', () => {
    const { page } = fakePage();
    const keeper = keepWorkers(() => new FakeWorker(), page, QUIET);
    const first = keeper.hire(() => undefined);
    const second = keeper.hire(() => undefined);
    expect(second).not.toBe(first);
    keeper.release(first);
    keeper.release(second);
    expect(first.ended).toBe(false);
    expect(second.ended).toBe(true);
    expect(keeper.hire(() => undefined)).toBe(first);
  });

  it('ends after a quiet period with no request, and a new one starts on the next review', () => {
    const keeper = keepWorkers(() => new FakeWorker(), undefined, QUIET);
    const worker = keeper.hire(() => undefined);
    keeper.release(worker);
    jest.advanceTimersByTime(QUIET - 1);
    expect(worker.ended).toBe(false);
    jest.advanceTimersByTime(1);
    expect(worker.ended).toBe(true);
    expect(keeper.kept()).toBeNull();
    const next = keeper.hire(() => undefined);
    expect(next).not.toBe(worker);
    expect(next.ended).toBe(false);
  });

  it('is not ended by the quiet period while it works, and the period starts again when it is done', () => {
    const keeper = keepWorkers(() => new FakeWorker(), undefined, QUIET);
    keeper.warm();
    jest.advanceTimersByTime(QUIET / 2);
    const worker = keeper.hire(() => undefined);
    jest.advanceTimersByTime(QUIET * 2);
    expect(worker.ended).toBe(false);
    keeper.release(worker);
    jest.advanceTimersByTime(QUIET - 1);
    expect(worker.ended).toBe(false);
    jest.advanceTimersByTime(1);
    expect(worker.ended).toBe(true);
  });

  it('ends, with the work it was doing, when the pane is closed; a page kept for the back button keeps its running work', () => {
    const { page, hide, listeners } = fakePage();
    const keeper = keepWorkers(() => new FakeWorker(), page, QUIET);
    let told = 0;
    const working = keeper.hire(() => told++);
    const idle = keeper.hire(() => undefined);
    keeper.release(idle);
    hide(true);
    expect(idle.ended).toBe(true);
    expect(working.ended).toBe(false);
    hide(false);
    expect(working.ended).toBe(true);
    expect(told).toBe(1);
    // One listener for the page, however many workers it had.
    expect(listeners).toHaveLength(1);
  });

  it('ends at once when the user cancels, without keeping it', () => {
    const keeper = keepWorkers(() => new FakeWorker(), undefined, QUIET);
    const worker = keeper.hire(() => undefined);
    keeper.end(worker);
    expect(worker.ended).toBe(true);
    expect(keeper.kept()).toBeNull();
  });
});
