/** Whitespace-insensitive text fingerprints, to find our clauses again when their control was lost. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** FNV-1a, 32 bits, as 8 hex digits: short enough to store one per paragraph in the document. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  const s = normalizeText(text);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
