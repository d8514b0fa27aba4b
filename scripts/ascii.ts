/** Every character past ASCII as \uXXXX (a surrogate pair as two), as the command line's bundle writes its regular expression literals. */
export function escapeNonAscii(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
