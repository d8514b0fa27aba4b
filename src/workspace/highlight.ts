import type { TextEmphasis } from '../core/document';

/** A highlighted stretch of one paragraph, tied to the finding that quotes it. */
export interface Mark {
  start: number;
  end: number;
  findingId: string;
  severity: string;
}

export type Piece = { text: string; mark?: Mark; emphasis?: TextEmphasis };

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

/**
 * The pieces cut again where the document's bold, italics or underline begin or end, so each
 * piece is shown as the document sets it and a mark may span differently set words.
 */
export function emphasised(pieces: readonly Piece[], emphasis: readonly TextEmphasis[] | undefined): Piece[] {
  if (!emphasis || emphasis.length === 0) return [...pieces];
  const out: Piece[] = [];
  let at = 0;
  let e = 0;
  for (const piece of pieces) {
    const end = at + piece.text.length;
    let from = at;
    while (from < end) {
      while (e < emphasis.length && emphasis[e]!.end <= from) e++;
      const span = emphasis[e];
      const inside = span !== undefined && span.start <= from;
      const to = Math.min(end, !span ? end : inside ? span.end : span.start);
      out.push({ ...piece, text: piece.text.slice(from - at, to - at), ...(inside ? { emphasis: span } : {}) });
      from = to;
    }
    if (piece.text.length === 0) out.push(piece);
    at = end;
  }
  return out;
}
