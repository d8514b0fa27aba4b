import type { DocModel, DocParagraph, DocRevision } from '../../core/document';
import type { HostCapabilities, HostResult } from '../types';
import type { WContentControl, WListItem, WordApi, WordContext, WTableCell, WTrackedChange } from './api';
import { failed, ok, reading } from './errors';

type Collection<T> = { readonly items: T[]; load(p: string): unknown };

const HEADING = /^Heading([1-9])$/;

/**
 * The document in two round trips whatever its length: the first loads every paragraph's own
 * properties (and whether there are controls or tracked changes at all), the second the list
 * labels, table cells, enclosing controls and tracked changes of the paragraphs that have them.
 */
export async function readModel(
  ctx: WordContext,
  caps: HostCapabilities,
  withRevisions = caps.readRevisions,
  /** Queues the caller's own reads for the second round trip; true when it queued any. */
  more?: () => boolean,
): Promise<DocModel> {
  const body = ctx.document.body;
  const paragraphs = body.paragraphs;
  paragraphs.load('items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel');
  const controls = body.contentControls;
  controls.load('items/id');
  const changes = withRevisions ? body.getTrackedChanges() : null;
  changes?.load('items/type');
  await ctx.sync();

  const items = paragraphs.items;
  const lists: (WListItem | null)[] = [];
  const cells: (WTableCell | null)[] = [];
  const owners: (WContentControl | null)[] = [];
  const revs: (Collection<WTrackedChange> | null)[] = [];
  const anyControl = controls.items.length > 0;
  const anyChange = (changes?.items.length ?? 0) > 0;
  let queued = false;
  for (const p of items) {
    const list = p.isListItem ? p.listItemOrNullObject : null;
    list?.load('listString');
    lists.push(list);
    const cell = p.tableNestingLevel > 0 ? p.parentTableCellOrNullObject : null;
    cell?.load('rowIndex,cellIndex');
    cells.push(cell);
    const owner = anyControl ? p.parentContentControlOrNullObject : null;
    owner?.load('tag,title');
    owners.push(owner);
    const rev = anyChange ? p.getTrackedChanges() : null;
    rev?.load('items/type,items/author,items/date,items/text');
    revs.push(rev);
    queued ||= Boolean(list || cell || owner || rev);
  }
  if (more?.()) queued = true;
  if (queued) await ctx.sync();

  const out: DocParagraph[] = [];
  const revisions: DocRevision[] = [];
  // Tables are numbered in order of their start, nested ones included (as io numbers them): the
  // table open at each nesting level, a new one whenever the level rises. Word merges adjacent
  // tables, so leaving a level always means its table ended.
  const open: number[] = [];
  let tables = 0;
  items.forEach((p, index) => {
    let text = p.text;
    for (const c of revs[index]?.items ?? []) {
      if (c.type !== 'Added' && c.type !== 'Deleted') continue;
      revisions.push({
        kind: c.type === 'Added' ? 'insertion' : 'deletion',
        author: c.author || undefined,
        date: c.date instanceof Date ? c.date.toISOString() : undefined,
        paragraph: index,
        text: c.text,
      });
      // Word keeps deleted text in the paragraph (office-js#1267); the model reads as if accepted.
      if (c.type === 'Deleted' && c.text) text = text.replace(c.text, '');
    }
    const para: DocParagraph = { index, text, style: p.style };
    const heading = HEADING.exec(p.styleBuiltIn)?.[1];
    if (heading) para.headingLevel = Number(heading);
    const list = lists[index];
    if (list && !list.isNullObject && list.listString) para.listLabel = list.listString;
    const cell = cells[index];
    const depth = cell && !cell.isNullObject ? p.tableNestingLevel : 0;
    while (open.length > depth) open.pop();
    while (open.length < depth) open.push(tables++);
    if (cell && depth > 0) para.table = { table: open[depth - 1]!, row: cell.rowIndex, cell: cell.cellIndex };
    const owner = owners[index];
    if (owner && !owner.isNullObject) para.contentControl = { tag: owner.tag || undefined, title: owner.title || undefined };
    out.push(para);
  });
  return withRevisions ? { paragraphs: out, revisions } : { paragraphs: out };
}

export function readDocument(api: WordApi, caps: HostCapabilities): Promise<HostResult<DocModel>> {
  if (!caps.read) return Promise.resolve(failed({ key: 'host.limit.api13' }));
  return reading(async () => {
    try {
      return ok(await api.run((ctx) => readModel(ctx, caps)));
    } catch (err) {
      if (!caps.readRevisions) throw err;
      // Listing tracked changes has failed on some files (office-js#4970): read the text as it shows.
      return ok(await api.run((ctx) => readModel(ctx, caps, false)), [{ key: 'host.note.revisionsUnreadable' }]);
    }
  });
}
