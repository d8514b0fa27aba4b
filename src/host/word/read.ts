import type { DocModel, DocParagraph, DocRevision, TextEmphasis } from '../../core/document';
import type { HostCapabilities, HostResult, ReadOptions } from '../types';
import { diffChars } from 'diff';
import { acceptedTexts } from './accepted';
import { BOLD, boldStretches, mixedBold, queueWords } from './bold';
import type { WordApi, WordContext, WParagraph, WTrackedChange } from './api';
import { failed, ok, reading } from './errors';

const HEADING = /^Heading([1-9])$/;
const OWN = 'items/text,items/style,items/styleBuiltIn';

/**
 * The document in two round trips (three with bold) whose requests are the same size whatever its
 * length: Office.js sends one action per object touched, so nothing here is queued for every
 * paragraph or change.
 * The first loads every paragraph's text and style (and bold, when reviewing) in one query, whether there is any list, table
 * or content control (getFirstOrNullObject) and, when reviewing with WordApi 1.6, the tracked
 * changes by author. The second loads, again in one query of nested properties, only what this document has
 * (list labels, table cells, enclosing controls), and when text is tracked as changed, Word's own
 * reviewed text of the body, from which each paragraph's accepted text is taken (accepted.ts). Where
 * a paragraph mixes bold and plain text that could define a term in bold, the words of the first
 * such paragraphs (a capped few) with their bold, in a third round trip that may fail alone (bold.ts).
 */
export async function readModel(
  ctx: WordContext,
  caps: HostCapabilities,
  revisions: boolean,
  /** Queues the caller's own reads for the second round trip; true when it queued any. */
  more?: () => boolean,
): Promise<DocModel> {
  const body = ctx.document.body;
  const paragraphs = body.paragraphs;
  // Bold only for the review (its reads ask for revisions): the bold definitions are the review's.
  paragraphs.load(revisions ? `${OWN},${BOLD}` : OWN);
  // Whether the document has any list, table or content control at all: three small questions
  // that spare every paragraph of a plain document the fields only those need.
  const list = body.lists.getFirstOrNullObject();
  list.load('id');
  const table = body.tables.getFirstOrNullObject();
  table.load('rowCount');
  const control = body.contentControls.getFirstOrNullObject();
  control.load('id');
  const changes = revisions && caps.readRevisions ? body.getTrackedChanges() : null;
  changes?.load('items/type,items/author,items/date,items/text');
  await ctx.sync();

  const own = paragraphs.items.map((p) => ({ text: p.text, style: p.style, styleBuiltIn: p.styleBuiltIn, bold: revisions ? p.font.bold : false }));
  const nested: string[] = [];
  if (!list.isNullObject) nested.push('items/listItemOrNullObject/listString');
  if (!table.isNullObject) nested.push('items/tableNestingLevel', 'items/parentTableCellOrNullObject/rowIndex', 'items/parentTableCellOrNullObject/cellIndex');
  if (!control.isNullObject) nested.push('items/parentContentControlOrNullObject/tag', 'items/parentContentControlOrNullObject/title');
  const detail = nested.length > 0 ? body.paragraphs : null;
  detail?.load(nested.join(','));
  const tracked = (changes?.items ?? []).filter((c) => c.type === 'Added' || c.type === 'Deleted');
  // Without WordApi 1.6 there is no list of changes to say whether any exist: ask for the text.
  const wantReviewed = revisions && caps.apiSets['1.4'] && (tracked.length > 0 || !caps.readRevisions);
  const reviewed = wantReviewed ? body.getReviewedText('Current') : null;
  const queuedMore = more?.() ?? false;
  if (detail || reviewed || queuedMore) await ctx.sync();
  const bold = await readBold(ctx, paragraphs.items, own);

  const items = detail?.items ?? [];
  if (detail && items.length !== own.length) throw new Error('The document changed while it was being read.');
  const texts = reviewed ? acceptedTexts(own.map((p) => p.text), reviewed.value) : own.map((p) => p.text);
  const out: DocParagraph[] = [];
  // Tables are numbered in order of their start, nested ones included (as io numbers them): the
  // table open at each nesting level, a new one whenever the level rises. Word merges adjacent
  // tables, so leaving a level always means its table ended.
  const open: number[] = [];
  let tables = 0;
  own.forEach((p, index) => {
    const para: DocParagraph = { index, text: texts[index]!, style: p.style };
    const heading = HEADING.exec(p.styleBuiltIn)?.[1];
    if (heading) para.headingLevel = Number(heading);
    // Bold as Word shows the text; not where a tracked change moves the accepted text off it.
    const emphasis = bold.get(index);
    if (emphasis && texts[index] === p.text) para.emphasis = emphasis;
    const item = items[index];
    const label = list.isNullObject ? undefined : item?.listItemOrNullObject;
    if (label && !label.isNullObject && label.listString) para.listLabel = label.listString;
    const cell = table.isNullObject ? undefined : item?.parentTableCellOrNullObject;
    const depth = item && cell && !cell.isNullObject ? item.tableNestingLevel : 0;
    while (open.length > depth) open.pop();
    while (open.length < depth) open.push(tables++);
    if (cell && depth > 0) para.table = { table: open[depth - 1]!, row: cell.rowIndex, cell: cell.cellIndex };
    const owner = control.isNullObject ? undefined : item?.parentContentControlOrNullObject;
    if (owner && !owner.isNullObject) para.contentControl = { tag: owner.tag || undefined, title: owner.title || undefined };
    out.push(para);
  });
  if (!changes) return { paragraphs: out };
  return { paragraphs: out, revisions: revisionList(tracked, own.map((p) => p.text), texts) };
}

/**
 * The bold stretches of the paragraphs where a term could be defined in bold, in a sync of their
 * own: a Word that fails the words query (older builds, a protected range) loses only the bold,
 * and the review goes on with quoted definitions.
 */
async function readBold(ctx: WordContext, paragraphs: readonly WParagraph[], own: readonly { text: string; bold: boolean | null }[]): Promise<Map<number, TextEmphasis[]>> {
  const out = new Map<number, TextEmphasis[]>();
  const words = queueWords(paragraphs, mixedBold(own));
  if (words.size === 0) return out;
  try {
    await ctx.sync();
  } catch {
    return out;
  }
  for (const [i, list] of words) out.set(i, boldStretches(own[i]!.text, list.items.map((w) => ({ text: w.text, bold: w.font.bold }))));
  return out;
}

/**
 * The changes by author. Word does not say which paragraph a change is in without one request per
 * change, so it is found from the text: Word lists changes in document order, and a deletion is in
 * the first paragraph from the previous change's on that lost an occurrence of its text not yet
 * claimed; an insertion in the first from there that shows its text. Deleted text Word for Mac
 * gives as "" goes to the first paragraph from there with a deleted stretch not yet claimed, so two
 * such deletions in two paragraphs are not both put in the first.
 */
function revisionList(changes: readonly WTrackedChange[], shown: readonly string[], accepted: readonly string[]): DocRevision[] {
  const count = (text: string, part: string) => text.split(part).length - 1;
  const claimed = new Map<string, number>();
  const stretches = new Map<number, number>();
  /** How many stretches of its text a paragraph lost: one per deletion, at most. */
  const deletedStretches = (i: number): number => {
    if (!stretches.has(i)) stretches.set(i, diffChars(shown[i]!, accepted[i]!).filter((part) => part.removed).length);
    return stretches.get(i)!;
  };
  let from = 0;
  const where = (c: WTrackedChange): number => {
    const lost = (i: number) => shown[i] !== accepted[i];
    const fits = (i: number): boolean => {
      if (c.type === 'Added') return shown[i]!.includes(c.text);
      if (!c.text) {
        const key = `${i}|`;
        if (!lost(i) || (claimed.get(key) ?? 0) >= deletedStretches(i)) return false;
        claimed.set(key, (claimed.get(key) ?? 0) + 1);
        return true;
      }
      const key = `${i}|${c.text}`;
      if (!lost(i) || count(shown[i]!, c.text) - count(accepted[i]!, c.text) <= (claimed.get(key) ?? 0)) return false;
      claimed.set(key, (claimed.get(key) ?? 0) + 1);
      return true;
    };
    for (let i = from; i < shown.length; i++) if (fits(i)) return (from = i);
    return from;
  };
  return changes.map((c) => ({
    kind: c.type === 'Added' ? 'insertion' : 'deletion',
    author: c.author || undefined,
    date: c.date instanceof Date ? c.date.toISOString() : undefined,
    paragraph: where(c),
    text: c.text,
  }));
}

export function readDocument(api: WordApi, caps: HostCapabilities, options: ReadOptions = {}): Promise<HostResult<DocModel>> {
  if (!caps.read) return Promise.resolve(failed({ key: 'host.limit.api13' }));
  const revisions = options.revisions ?? false;
  return reading(async () => {
    try {
      return ok(await api.run((ctx) => readModel(ctx, caps, revisions)));
    } catch (err) {
      if (!revisions || !caps.readRevisions) throw err;
      // Listing tracked changes has failed on some files (office-js#4970): read without the list.
      return ok(await api.run((ctx) => readModel(ctx, { ...caps, readRevisions: false }, revisions)), [{ key: 'host.note.revisionsUnreadable' }]);
    }
  });
}
