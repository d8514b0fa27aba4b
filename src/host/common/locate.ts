import type { Evidence } from '../../core/findings';
import { chooseSnippet, type Snippet } from './snippet';

export interface Located {
  paragraph: number;
  /** The quote's offsets in that paragraph's text now. */
  start: number;
  end: number;
  /** What to search for in the paragraph, or null to mark the whole paragraph. */
  snippet: Snippet | null;
}

/** How far from the cited paragraph we look when the document changed since the review. */
const NEARBY = 200;

function offsetIn(text: string, ev: Evidence): number {
  if (ev.text.length === 0) return -1;
  if (text.slice(ev.start, ev.end) === ev.text) return ev.start;
  // Offsets can shift (Word keeps deleted tracked text in the paragraph): take the nearest repeat.
  let best = -1;
  for (let i = text.indexOf(ev.text); i >= 0; i = text.indexOf(ev.text, i + 1)) {
    if (best < 0 || Math.abs(i - ev.start) < Math.abs(best - ev.start)) best = i;
  }
  return best;
}

/**
 * Where a finding's evidence is now: its cited paragraph if it still holds the quote, else the
 * nearest paragraph that does (edits above it shift indexes); null when the quote is gone.
 */
export function locateEvidence(texts: readonly string[], ev: Evidence): Located | null {
  for (let d = 0; d <= NEARBY; d++) {
    for (const i of d === 0 ? [ev.paragraph] : [ev.paragraph - d, ev.paragraph + d]) {
      const text = texts[i];
      if (text === undefined) continue;
      const at = offsetIn(text, ev);
      const end = at + ev.text.length;
      if (at >= 0) return { paragraph: i, start: at, end, snippet: chooseSnippet(text, at, end) };
    }
  }
  return null;
}
