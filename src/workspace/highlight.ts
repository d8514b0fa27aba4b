/** A highlighted stretch of one paragraph, tied to the finding that quotes it. */
export interface Mark {
  start: number;
  end: number;
  findingId: string;
  severity: string;
}

export type Piece = { text: string; mark?: Mark };

/**
 * A paragraph's text cut into plain and marked pieces. Marks that overlap an earlier one are
 * clipped to what is left, so every character is shown exactly once.
 */
export function piecesOf(text: string, marks: readonly Mark[]): Piece[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const mark of sorted) {
    const start = Math.max(mark.start, at);
    const end = Math.min(mark.end, text.length);
    if (end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: text.slice(start, end), mark });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
  return pieces;
}
