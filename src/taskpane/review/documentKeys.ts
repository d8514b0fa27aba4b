import type { DocModel } from '../../core/document';
import { documentKey } from '../../core/documentKey';
import { fnv1a } from '../../core/hash';
import { readStored, writeStored } from '../shared/storage';

/** A document's key, and the key earlier versions kept its state under. */
export interface DocumentKeys {
  key: string;
  legacy: string;
}

export function documentKeys(doc: DocModel): DocumentKeys {
  return { key: documentKey(doc), legacy: legacyFingerprint(doc) };
}

/**
 * The key before parties were part of it: the title and first six paragraphs, which every deal on
 * one template may share. Kept only to move what was stored under it.
 */
export function legacyFingerprint(doc: DocModel): string {
  const opening = doc.paragraphs
    .map((p) => p.text.trim())
    .filter((t) => t.length > 0)
    .slice(0, 6)
    .join('\n');
  return fnv1a(`\n${opening}`).toString(36);
}

/**
 * What is stored for this document under `${prefix}${key}`; else what an earlier version stored
 * under the legacy key, moved to the new key. Moved, not copied: the legacy key may be shared by
 * another deal on the same template, which must not inherit it too.
 */
export function readMigrated<T>(prefix: string, keys: DocumentKeys, parse: (raw: unknown) => T | null): T | null {
  const current = readStored(`${prefix}${keys.key}`, parse);
  if (current !== null) return current;
  const old = readStored(`${prefix}${keys.legacy}`, parse);
  if (old !== null && writeStored(`${prefix}${keys.key}`, old)) writeStored(`${prefix}${keys.legacy}`, undefined);
  return old;
}
