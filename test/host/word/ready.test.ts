import { officeReady } from '../../../src/host/word/ready';

/** Office.js as far as officeReady uses it: onReady answers after `ms` with `host`. */
function officeAnswering(host: string | null, ms: number) {
  const context = { displayLanguage: 'zh-CN', officeTheme: { isDarkTheme: true } };
  const onReady = (callback: (info: { host: string | null }) => void) => {
    setTimeout(() => callback({ host }), ms);
    return Promise.resolve({ host });
  };
  Object.assign(globalThis, { Office: { onReady, context } });
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  jest.useRealTimers();
});

describe('officeReady', () => {
  it('waits for a slow-starting Word however long it takes, instead of deciding it is outside Office', async () => {
    jest.useFakeTimers();
    officeAnswering('Word', 30_000);
    let settled = false;
    const start = officeReady().then((s) => ((settled = true), s));
    await jest.advanceTimersByTimeAsync(29_000);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1_000);
    await expect(start).resolves.toEqual({ host: 'Word', language: 'zh-CN', dark: true });
  });

  it('is outside Office when Office.js says so (a plain browser) or could not load at all', async () => {
    officeAnswering(null, 0);
    await expect(officeReady()).resolves.toEqual({ host: null });
    delete (globalThis as Record<string, unknown>).Office;
    await expect(officeReady()).resolves.toEqual({ host: null });
  });
});
