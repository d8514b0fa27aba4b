/**
 * A Markdown or plain-text contract may open with an HTML comment (a copyright or licence header
 * that the rendered page never shows). Read as text it takes the place of the opening, so the
 * parties go unfound. Blank each closed comment: every character but a line break becomes a space,
 * so lines and offsets stay where the reader sees them. An unclosed "<!--" is left alone: hiding the
 * rest of a contract on one stray marker would lose more than it saves.
 */
export function blankHtmlComments(text: string): string {
  let start = text.indexOf('<!--');
  if (start < 0) return text;
  let out = '';
  let from = 0;
  while (start >= 0) {
    const end = text.indexOf('-->', start + 4);
    if (end < 0) break;
    const close = end + 3;
    out += text.slice(from, start) + text.slice(start, close).replace(/[^\r\n\u2028\u2029]/g, ' ');
    from = close;
    start = text.indexOf('<!--', close);
  }
  return out + text.slice(from);
}
