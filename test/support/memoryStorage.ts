/**
 * An in-memory localStorage for the tests of what the task pane keeps per document: installed
 * before the suite, removed after it; the map is the store, to look inside or clear.
 */
export function memoryStorage(): Map<string, string> {
  const store = new Map<string, string>();
  beforeAll(() => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
  });
  afterAll(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });
  return store;
}
