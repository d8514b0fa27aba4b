/**
 * A file's SHA-256, worked out in this browser with WebCrypto: the bytes are read from disk into the
 * page and go nowhere else. digest() needs the whole file in memory, so very large files are refused.
 */
export const MAX_FINGERPRINT_BYTES = 512 * 1024 * 1024;

export class FileTooLarge extends Error {}

export async function sha256Hex(file: Blob): Promise<string> {
  if (file.size > MAX_FINGERPRINT_BYTES) throw new FileTooLarge(String(file.size));
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
