import { readMigrated, type DocumentKeys } from './documentKeys';

const PREFIX = 'clausewright.dismissed.';

export function dismissalKey(key: string): string {
  return `${PREFIX}${key}`;
}

export function parseDismissed(raw: unknown): string[] | null {
  return Array.isArray(raw) && raw.every((x) => typeof x === 'string') ? raw : null;
}

/** The findings dismissed for this document before. */
export function storedDismissals(keys: DocumentKeys): string[] {
  return readMigrated(PREFIX, keys, parseDismissed) ?? [];
}
