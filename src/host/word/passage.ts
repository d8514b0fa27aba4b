import type { Snippet } from '../common/snippet';
import type { WParagraph, WRange } from './api';

/**
 * Queues the searches that find a passage in its paragraph; after the next sync, `range()` gives
 * the passage (its first and last stretches joined when it was too long to search at once), or the
 * whole paragraph when Word did not find each stretch exactly once.
 */
export function findPassage(paragraph: WParagraph, snippet: Snippet | null): { range(): WRange; searched: boolean } {
  if (!snippet) return { range: () => paragraph.getRange('Whole'), searched: false };
  const head = paragraph.search(snippet.search, { matchCase: true });
  head.load('items/text');
  const tail = snippet.until ? paragraph.search(snippet.until, { matchCase: true }) : null;
  tail?.load('items/text');
  return {
    searched: true,
    range: () => {
      const [start] = head.items;
      if (head.items.length !== 1 || !start) return paragraph.getRange('Whole');
      if (!tail) return start;
      const [end] = tail.items;
      return tail.items.length === 1 && end ? start.expandTo(end) : paragraph.getRange('Whole');
    },
  };
}
