import type { DocModel } from '../../core/document';

/**
 * A fingerprint for "this document" that survives ordinary editing: the title and opening
 * paragraphs (parties, date) rarely change while a draft is negotiated, the body does.
 */
export function documentFingerprint(doc: DocModel, name = ''): string {
  const opening = doc.paragraphs
    .map((p) => p.text.trim())
    .filter((t) => t.length > 0)
    .slice(0, 6)
    .join('\n');
  return fnv1a(`${name}\n${opening}`);
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function dismissalKey(fingerprint: string): string {
  return `clausewright.dismissed.${fingerprint}`;
}

export function parseDismissed(raw: unknown): string[] | null {
  return Array.isArray(raw) && raw.every((x) => typeof x === 'string') ? raw : null;
}
