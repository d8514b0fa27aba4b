/**
 * FNV-1a, 32 bits: short, deterministic, no dependency. The one hash behind every fingerprint we
 * keep: clause records in built .docx files, finding ids, per-document keys in the browser. Its
 * values are stored, so it must never change. The seed gives independent hashes of one text.
 */
export function fnv1a(text: string, seed = 0): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** FNV-1a as 8 hex digits. */
export function fnv1aHex(text: string, seed = 0): string {
  return fnv1a(text, seed).toString(16).padStart(8, '0');
}
