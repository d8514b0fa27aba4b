import type { TextRange } from '../../core/fix/kept-part';
import { chooseSnippet, escapeForWordSearch } from '../common/snippet';
import type { WordContext, WParagraph, WRange } from './api';

/**
 * The passages a part-replacing fix takes out of its clause (core/fix/kept-part.ts), found in Word:
 * a whole paragraph as its range, part of one by Word's search for its words (the first and last
 * stretches joined where it is too long to search at once). `shift` moves the plan's paragraphs to
 * where they are now; `first` is the clause's heading paragraph, never deleted whole. One sync.
 * Null unless every passage is found exactly once at its place, so nothing is cut by a guess.
 */
export async function partRanges(ctx: WordContext, items: readonly WParagraph[], texts: readonly string[], deleted: readonly TextRange[], shift: number, first: number): Promise<WRange[] | null> {
  const finds: (() => WRange | null)[] = [];
  for (const r of deleted) {
    const i = r.paragraph + shift;
    const text = texts[i];
    const paragraph = items[i];
    if (text === undefined || !paragraph || !r.text) return null;
    if (text === r.text && i !== first) {
      finds.push(() => paragraph.getRange('Whole'));
      continue;
    }
    const at = text.indexOf(r.text);
    const quote = r.text.trimEnd();
    const snippet = at >= 0 ? chooseSnippet(text, at, at + quote.length) : null;
    if (!snippet) return null;
    // Word's search stops at the words; the space after the passage goes with it, as in the redline.
    const trailing = escapeForWordSearch(r.text.slice(quote.length));
    const head = paragraph.search(snippet.until ? snippet.search : snippet.search + trailing, { matchCase: true });
    const tail = snippet.until ? paragraph.search(snippet.until + trailing, { matchCase: true }) : null;
    head.load('items/text');
    tail?.load('items/text');
    finds.push(() => {
      if (head.items.length !== 1 || (tail && tail.items.length !== 1)) return null;
      return tail ? head.items[0]!.expandTo(tail.items[0]!) : head.items[0]!;
    });
  }
  await ctx.sync();
  const ranges = finds.map((f) => f());
  return ranges.every((r): r is WRange => r !== null) ? ranges : null;
}
