/**
 * localStorage, defensively: private windows and locked-down Office hosts may refuse it, and what a
 * user typed is worth keeping when we can but never worth a crash when we cannot.
 */
export function readStored<T>(key: string, parse: (raw: unknown) => T | null): T | null {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    return raw == null ? null : parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Whether the value was kept: false when storage is full or refused (the caller says so when it matters). */
export function writeStored(key: string, value: unknown): boolean {
  try {
    if (value === undefined) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, JSON.stringify(value));
    return globalThis.localStorage !== undefined;
  } catch {
    // Storage full or refused: the value lives on in memory for this session.
    return false;
  }
}
