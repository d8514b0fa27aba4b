import type { Evidence } from '../../core/findings';
import type { TextRange } from '../../core/fix/kept-part';
import { chooseSnippet, escapeForWordSearch } from '../common/snippet';
import type { WordContext, WParagraph, WRange } from './api';
import { askReviewed } from './passage';
import { shownStretch } from './shown';

/**
 * The passages a part-replacing fix takes out of its clause (core/fix/kept-part.ts), found in Word:
 * a whole paragraph as its range, part of one by Word's search for its words (the first and last
 * stretches joined where it is too long to search at once). `shift` moves the plan's paragraphs to
 * where they are now; `first` is the clause's heading paragraph, never deleted whole. The plan reads
 * the draft with tracked changes accepted, Word's paragraph text keeps deleted text: where a passage
 * holds text someone already deleted, that paragraph's reviewed text is asked for (one more sync,
 * only then) to place the passage among the deleted stretches, and the range runs from its first
 * words to its last, the earlier deletion inside it left as it is. One sync otherwise.
 * None for no passage. Null unless every passage is found exactly once at its place, so nothing is cut by a guess.
 */
export async function partRanges(
  ctx: WordContext,
  items: readonly WParagraph[],
  texts: readonly string[],
  deleted: readonly TextRange[],
  shift: number,
  first: number,
  known: ReadonlyMap<number, string> = new Map(),
): Promise<WRange[] | null> {
  if (deleted.some((r) => !items[r.paragraph + shift] || texts[r.paragraph + shift] === undefined || !r.text)) return null;
  // A carve-out takes nothing out: no round trip for it.
  if (deleted.length === 0) return [];
  const asked = new Map<number, { readonly value: string }>([...known].map(([i, value]) => [i, { value }]));
  const ask = deleted.map((r) => r.paragraph + shift).filter((i, k) => !texts[i]!.includes(deleted[k]!.text) && !asked.has(i));
  for (const i of ask) if (!asked.has(i)) asked.set(i, items[i]!.getReviewedText('Current'));
  if (ask.length > 0) await ctx.sync();
  const finds: (() => WRange | null)[] = [];
  for (const r of deleted) {
    const i = r.paragraph + shift;
    const text = texts[i]!;
    const paragraph = items[i]!;
    const accepted = asked.get(i)?.value ?? text;
    if (accepted === r.text && i !== first) {
      finds.push(() => paragraph.getRange('Whole'));
      continue;
    }
    const quote = r.text.trimEnd();
    const trailing = r.text.slice(quote.length);
    const at = text.includes(r.text) ? { start: text.indexOf(r.text), end: text.indexOf(r.text) + quote.length, head: null } : shownStretch(text, accepted, r, quote.length);
    // Word's search stops at the words; the space after the passage goes with it, as in the redline.
    if (!at || text.slice(at.end, at.end + trailing.length) !== trailing) return null;
    const whole = at.head === null ? chooseSnippet(text, at.start, at.end) : null;
    const head = at.head === null ? whole : chooseSnippet(text, at.start, at.head.end);
    const tail = at.head === null ? null : chooseSnippet(text, at.head.tail, at.end);
    if (!head || (at.head !== null && !tail)) return null;
    const searches = [head.search, ...(whole?.until ? [whole.until] : tail ? [tail.until ?? tail.search] : [])];
    const found = searches.map((s, k) => paragraph.search(k === searches.length - 1 ? s + escapeForWordSearch(trailing) : s, { matchCase: true }));
    found.forEach((f) => f.load('items/text'));
    finds.push(() => {
      if (found.some((f) => f.items.length !== 1)) return null;
      return found.length > 1 ? found[0]!.items[0]!.expandTo(found[1]!.items[0]!) : found[0]!.items[0]!;
    });
  }
  await ctx.sync();
  const ranges = finds.map((f) => f());
  return ranges.every((r): r is WRange => r !== null) ? ranges : null;
}

/**
 * Where the finding's quote is not in its paragraph's text as Word gives it (someone's tracked
 * deletion lies inside the quoted words: Word keeps them, the review read the text without them),
 * the cited paragraph's reviewed text, asked in one sync: the quote's paragraph where that text
 * holds the quote, with the text (`texts`) so that partRanges need not ask it again; else null.
 */
export async function reviewedQuote(ctx: WordContext, items: readonly WParagraph[], ev: Evidence): Promise<{ paragraph: number; texts: Map<number, string> } | null> {
  const asked = askReviewed(items, ev);
  if (!asked) return null;
  await ctx.sync();
  const current = asked.reviewed();
  return current.includes(ev.text) ? { paragraph: ev.paragraph, texts: new Map([[ev.paragraph, current]]) } : null;
}
