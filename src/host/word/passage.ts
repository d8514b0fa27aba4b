import type { Evidence } from '../../core/findings';
import type { Located } from '../common/locate';
import { chooseSnippet, type Snippet } from '../common/snippet';
import type { WParagraph, WRange } from './api';
import { shownStretch } from './shown';

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

/**
 * Where a finding's quote is not in Word's text of its paragraph because someone's tracked deletion
 * lies inside the quoted words (Word keeps them, the review read the text without them): queues the
 * cited paragraph's reviewed text (`getReviewedText`, WordApi 1.4); after the next sync, `located()`
 * places the quote in Word's text, to be searched as its words before the first deletion and after
 * the last (each found without deleted text, whatever Word's search does with it) and joined, or
 * null where the reviewed text does not hold the quote either. `reviewed` is that text, for partRanges.
 */
export function askReviewed(items: readonly WParagraph[], ev: Evidence): { located(): Located | null; reviewed(): string } | null {
  const paragraph = items[ev.paragraph];
  if (!paragraph || !ev.text) return null;
  const current = paragraph.getReviewedText('Current');
  return {
    reviewed: () => current.value,
    located: () => {
      const reviewed = current.value;
      if (!reviewed.includes(ev.text)) return null;
      const shown = paragraph.text;
      const at = shownStretch(shown, reviewed, ev, ev.text.trimEnd().length);
      if (!at) return null;
      return { paragraph: ev.paragraph, start: at.start, end: at.end, snippet: at.head ? joined(shown, at.start, at.head, at.end) : chooseSnippet(shown, at.start, at.end) };
    },
  };
}

/** The passage's first undeleted words and its last, each unique in the paragraph, or null to take the paragraph. */
function joined(shown: string, start: number, head: { end: number; tail: number }, end: number): Snippet | null {
  const first = chooseSnippet(shown, start, head.end);
  const last = chooseSnippet(shown, head.tail, end);
  return first && last ? { search: first.search, until: last.until ?? last.search } : null;
}
