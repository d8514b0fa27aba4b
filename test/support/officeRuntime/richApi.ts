import type { FakeChange, FakeControl, FakeCustomXmlPart, FakeDocument, FakeParagraph } from '../fakeWord/model';
import { reviewedText } from '../fakeWord/review';
import { insertOoxml } from '../fakeWord/ooxml';
import { paragraphSearch } from '../fakeWord/search';
import { rootNamespace } from '../fakeWord/part-proxies';
import type { RequestExecutor } from './runtime';
import type { ActionInfo, Entity, PathInfo, Span } from './entities';
import { tableMethod, tableProperty } from './tables';
import { deleteRow } from '../fakeWord/table-rows';
import { piecesOf } from '../fakeWord/bold-runs';

/**
 * The document's side of Word's RichApi, enough for the host's reads: it takes the request the real
 * Office.js runtime serialised (object paths and actions), answers it from a FakeDocument, and
 * records each request's size for tests and `npm run bench -- host`. Reads it does not know are
 * refused loudly, so a new call is noticed here rather than answered wrongly. Inserting paragraphs,
 * OOXML, tables and table rows (tables.ts), and setting a paragraph's style, indents and list, change the document as the
 * fake Word does, so an insertion run over the real runtime can be compared with one over the
 * fake; other writes (content controls put around ranges) are accepted without changing it, as
 * only their requests are measured (the fake Word checks what they do); a comment on whole
 * paragraphs is noted with where it is anchored, one on a found passage kept in the document as the
 * fake Word keeps it, and a selection moves the document's.
 */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
}

export interface Platform {
  /** Word for Mac gives deleted text as "" in TrackedChange.text (office-js#5188). */
  mac?: boolean;
  /** A Word that declines insertOoxml, to run the host's fallback. */
  ooxmlRefused?: boolean;
  /** A Word that declines TableRow.insertRows, to run the host's fallback. */
  rowsRefused?: boolean;
  /** A Word whose batch fails, other than by refusing, at the first call of this method (e.g. "InsertParagraph"). */
  failsAt?: string;
}

/** Word's answer to an action it will not do: the batch stops there (see executeAsync). */
class Declined extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class RichApiDocument implements RequestExecutor {
  readonly syncs: SyncRecord[] = [];
  /** Comments put on whole paragraphs (first..last, ids), as Word was asked to anchor them; the document itself keeps none. */
  readonly comments: { first: number; last: number; content: string }[] = [];
  /** Objects a write made, by the reference id Word gave them so a later sync can name them. */
  private readonly references = new Map<string, Entity>();
  /** The object paths of the request being answered. */
  private paths: Record<string, PathInfo> = {};
  private referenced = 0;

  constructor(
    readonly doc: FakeDocument,
    readonly platform: Platform = {},
  ) {}

  executeAsync(_customData: unknown, _flags: number, message: { Body: unknown }): Promise<unknown> {
    const request = JSON.stringify(message.Body);
    const body = message.Body as { Actions: ActionInfo[]; ObjectPaths: Record<string, PathInfo> };
    this.paths = body.ObjectPaths;
    const resolved = new Map<number, Entity | null>();
    const resolve = (id: number): Entity | null => {
      if (!resolved.has(id)) resolved.set(id, this.path(body.ObjectPaths[String(id)]!, resolve));
      return resolved.get(id)!;
    };
    const results: { ActionId: number; Value: unknown }[] = [];
    let error: { Code: string; Message: string; HttpStatusCode: number; ActionIndex: number } | undefined;
    for (const [i, a] of body.Actions.entries()) {
      try {
        // A trace (ctx.trace) names no object.
        const value = this.action(a, a.ActionType === 5 ? null : resolve(a.ObjectPathId));
        if (value !== undefined) results.push({ ActionId: a.Id, Value: value });
      } catch (err) {
        // Word stops the batch at the action it declines; what ran before it stays done.
        if (!(err instanceof Declined)) throw err;
        error = { Code: err.code, Message: err.message, HttpStatusCode: 400, ActionIndex: i };
        break;
      }
    }
    const response = { Body: { Results: results, TraceIds: {}, ...(error ? { Error: error } : {}) }, Headers: {} };
    // Releasing references when a run ends is Office.js's own clean-up, sent without waiting in Word.
    if (body.Actions.every((a) => a.Name === '_RemoveReference' || a.ActionType === 1)) return Promise.resolve(response);
    this.syncs.push({ requestBytes: Buffer.byteLength(request), responseBytes: Buffer.byteLength(JSON.stringify(response.Body)), actions: body.Actions.length });
    return Promise.resolve(response);
  }

  private path(p: PathInfo, resolve: (id: number) => Entity | null): Entity | null {
    const args = p.ArgumentInfo?.Arguments ?? [];
    if (p.ObjectPathType === 1) return { t: 'document' };
    if (p.ObjectPathType === 2) return { t: 'options', values: {} };
    if (p.ObjectPathType === 6) {
      const kept = this.references.get(p.Name);
      if (!kept) throw new Error(`simulated Word: no object has reference ${p.Name}`);
      return kept;
    }
    const parent = resolve(p.ParentObjectPathId!);
    if (parent === null) return null;
    if (p.ObjectPathType === 4) return this.property(parent, p.Name);
    if (p.ObjectPathType === 3) return this.method(parent, p.Name, args, resolve);
    if (p.ObjectPathType === 5) return this.item(parent, (list) => list.findIndex((e) => this.idOf(e) === args[0]));
    throw new Error(`simulated Word: object path type ${p.ObjectPathType} (${p.Name}) is not answered`);
  }

  private item(parent: Entity, pick: (list: unknown[]) => number): Entity | null {
    if (!('list' in parent)) throw new Error(`simulated Word: ${parent.t} has no items`);
    const list = parent.list as unknown[];
    const i = pick(list);
    if (i < 0 || i >= list.length) return null;
    const item = list[i];
    switch (parent.t) {
      case 'paragraphs':
        return { t: 'paragraph', p: item as FakeParagraph };
      case 'controls':
        return { t: 'control', c: item as FakeControl };
      case 'changes':
        return { t: 'change', c: item as FakeChange };
      case 'xmlParts':
        return { t: 'xmlPart', x: item as FakeCustomXmlPart };
      case 'markers':
        return { t: 'marker', id: (item as { id: number }).id };
      case 'spans':
        return { t: 'span', r: item as Span };
      case 'rows':
        return { t: 'row', p: item as FakeParagraph };
      case 'cells':
        return { t: 'cell', p: item as FakeParagraph };
    }
  }

  private idOf(e: unknown): unknown {
    return (e as { id?: unknown }).id;
  }

  private property(e: Entity, name: string): Entity | null {
    const d = this.doc;
    const key = `${e.t}.${name}`;
    const inTable = tableProperty(d, e, name);
    if (inTable) return inTable;
    switch (key) {
      case 'document.Body':
        return { t: 'body' };
      case 'document.CustomXmlParts':
        return { t: 'customXmlParts' };
      case 'range.Paragraphs':
        return e.t === 'range' ? { t: 'paragraphs', list: d.paraIds({ kind: 'paras', first: e.first, last: e.last }).map((id) => d.para(id)) } : null;
      case 'written.Paragraphs':
        return { t: 'written' };
      case 'document.Settings':
        return { t: 'settings' };
      case 'control.Paragraphs':
        return e.t === 'control' ? { t: 'paragraphs', list: d.paraIds(d.controlRange(e.c)).map((id) => d.para(id)) } : null;
      case 'body.Paragraphs':
        return { t: 'paragraphs', list: d.paragraphs };
      case 'body.Lists':
        return { t: 'markers', list: d.paragraphs.filter((p) => p.list).slice(0, 1).map((p) => ({ id: p.id })) };
      case 'body.Tables':
        return { t: 'markers', list: d.paragraphs.filter((p) => p.table).slice(0, 1).map((p) => ({ id: p.id })) };
      case 'body.ContentControls':
        return { t: 'controls', list: [...d.controls].sort((a, b) => d.indexOf(a.first) - d.indexOf(b.first)) };
      case 'paragraph.Font':
        return e.t === 'paragraph' ? { t: 'font', p: e.p } : null;
      case 'span.Font':
        return e.t === 'span' ? { t: 'spanFont', r: e.r } : null;
      case 'paragraph.ListItemOrNullObject':
        return e.t === 'paragraph' && e.p.list ? { t: 'listItem', p: e.p } : null;
      case 'paragraph.ParentTableCellOrNullObject':
        return e.t === 'paragraph' && e.p.table ? { t: 'cell', p: e.p } : null;
      case 'paragraph.ParentContentControlOrNullObject': {
        const c = e.t === 'paragraph' ? d.parentControl(e.p.id) : null;
        return c ? { t: 'control', c } : null;
      }
    }
    throw new Error(`simulated Word: ${key} is not answered`);
  }

  private method(e: Entity, name: string, args: unknown[], resolve: (id: number) => Entity | null): Entity | null {
    const d = this.doc;
    if (this.platform.rowsRefused && name === 'InsertRows') throw new Declined('NotImplemented', 'This host does not insert table rows.');
    if (this.platform.failsAt === name) throw new Declined('GeneralException', `simulated Word: ${name} failed.`);
    const inTable = tableMethod(d, e, name, args);
    if (inTable) return inTable;
    if (e.t === 'paragraph' && name === 'GetRange' && (args[0] ?? 'Whole') === 'Whole') return { t: 'range', first: e.p.id, last: e.p.id };
    if (e.t === 'body' && name === 'GetRange' && (args[0] ?? 'Whole') === 'Whole') return { t: 'range', first: d.paragraphs[0]!.id, last: d.paragraphs.at(-1)!.id };
    // Only a paragraph's split with delimiters and spacing trimmed is answered.
    if (e.t === 'paragraph' && name === 'Split') {
      if (args[1] !== true || args[2] !== true) throw new Error('simulated Word: split is answered with trimDelimiters and trimSpacing only');
      return { t: 'spans', list: piecesOf(d, e.p.id, args[0] as string[]) };
    }
    if (e.t === 'range' && name === 'ExpandTo') {
      const to = resolve(Number(args[0]));
      if (to?.t !== 'range') throw new Error('simulated Word: expandTo is answered for whole paragraphs only');
      return { t: 'range', first: e.first, last: to.last };
    }
    if (e.t === 'span' && name === 'ExpandTo') {
      const to = resolve(Number(args[0]));
      if (to?.t !== 'span' || to.r.para !== e.r.para) throw new Error('simulated Word: expandTo of a found passage is answered within its paragraph only');
      return { t: 'span', r: { para: e.r.para, start: Math.min(e.r.start, to.r.start), end: Math.max(e.r.end, to.r.end) } };
    }
    if (e.t === 'paragraph' && name === 'Search') {
      // The options go as an object the client made, by its path.
      const options = typeof args[1] === 'number' ? resolve(args[1]) : null;
      const found = paragraphSearch(e.p, String(args[0]), options?.t === 'options' && options.values.MatchCase === true, d.searchSkipsDeleted);
      return { t: 'spans', list: found.map(([start, end]) => ({ para: e.p.id, start, end })) };
    }
    if (e.t === 'range' && name === 'InsertContentControl') return { t: 'control', c: d.addControl({ kind: 'paras', first: e.first, last: e.last }) };
    if (name === 'GetItemAt') return this.item(e, () => Number(args[0]));
    if (name === 'GetFirstOrNullObject') return this.item(e, () => 0);
    if (name === 'GetLast' && e.t === 'paragraphs') return this.item(e, (list) => list.length - 1);
    if (name === 'GetFirst' && e.t === 'paragraphs') return this.item(e, () => 0);
    if (e.t === 'document' && name === 'GetSelection') {
      const sel = d.selection;
      return sel.kind === 'span' ? { t: 'range', first: sel.para, last: sel.para } : { t: 'range', first: sel.first, last: sel.last };
    }
    if (e.t === 'paragraph' && name === 'InsertParagraph') return { t: 'paragraph', p: d.insertParagraph(String(args[0]), e.p, args[1] === 'Before' ? 'Before' : 'After') };
    if (e.t === 'paragraph' && name === 'InsertTable') {
      const [rows, columns, where, values] = args as [number, number, string, string[][] | undefined];
      return { t: 'table', table: d.insertTable(e.p, where === 'Before' ? 'Before' : 'After', rows, columns, values) };
    }
    if (e.t === 'table' && name === 'InsertParagraph') return { t: 'paragraph', p: d.insertParagraphByTable(String(args[0]), e.table, args[1] === 'Before' ? 'Before' : 'After') };
    if (e.t === 'paragraph' && name === 'InsertOoxml') {
      if (this.platform.ooxmlRefused) throw new Declined('NotImplemented', 'This host does not insert OOXML.');
      if (args[1] !== 'Start') throw new Error('simulated Word: only insertOoxml at a paragraph\'s start is answered');
      insertOoxml(d, e.p, String(args[0]));
      return { t: 'written' };
    }
    if (e.t === 'customXmlParts' && name === 'Add') {
      const xml = String(args[0]);
      const part = { id: `{part-${d.customXmlParts.length + 1}}`, namespaceUri: rootNamespace(xml), xml };
      d.customXmlParts.push(part);
      return { t: 'xmlPart', x: part };
    }
    if (e.t === 'range' && name === 'InsertComment') {
      this.comments.push({ first: e.first, last: e.last, content: String(args[0]) });
      return { t: 'written' };
    }
    // A comment on a found passage is kept in the document, as the fake Word keeps it.
    if (e.t === 'span' && name === 'InsertComment') {
      d.comments.push({ id: d.newId(), content: String(args[0]), para: e.r.para, start: e.r.start, end: e.r.end });
      return { t: 'written' };
    }
    if (WRITES.has(name)) return { t: 'written' };
    if (e.t === 'body' && name === 'GetTrackedChanges') return { t: 'changes', list: d.allChanges() };
    if (e.t === 'paragraph' && name === 'GetTrackedChanges') return { t: 'changes', list: e.p.changes };
    if (e.t === 'customXmlParts' && name === 'GetByNamespace') return { t: 'xmlParts', list: d.customXmlParts.filter((x) => x.namespaceUri === args[0]) };
    if (e.t === 'settings' && name === 'GetItemOrNullObject') return d.settings.has(String(args[0])) ? { t: 'setting', value: d.settings.get(String(args[0])) } : null;
    throw new Error(`simulated Word: ${e.t}.${name} is not answered`);
  }

  private action(a: ActionInfo, e: Entity | null): unknown {
    switch (a.ActionType) {
      case 1: {
        // Instantiate: null tells the client the object is a null object. An object a method gave
        // (a new paragraph, the selection) may not be found again by its path (that would insert
        // again, or find where the selection is now), so Word gives it a reference id, by which
        // the client names it in later syncs of the same run.
        if (e === null) return null;
        if (this.paths[String(a.ObjectPathId)]?.ObjectPathType !== 3) return undefined;
        const id = `{ref-${++this.referenced}}`;
        this.references.set(id, e);
        return { _ReferenceId: id };
      }
      case 2:
        return e === null ? null : this.query(e, a.QueryInfo?.Select ?? []);
      case 3:
        return this.call(a, e);
      case 4:
        return this.set(e, a.Name, a.ArgumentInfo?.Arguments?.[0]);
      case 5: // trace
        return undefined;
    }
    throw new Error(`simulated Word: action type ${a.ActionType} (${a.Name}) is not answered`);
  }

  /** A property set: a paragraph's style, font and indents, a control's tag and title, a table's style and heading rows. */
  private set(e: Entity | null, name: string, value: unknown): undefined {
    if (e?.t === 'options') e.values[name] = value;
    else if (e?.t === 'document' && name === 'ChangeTrackingMode') this.doc.trackingMode = value as FakeDocument['trackingMode'];
    else if (e?.t === 'paragraph') {
      const p = e.p;
      if (name === 'StyleBuiltIn') this.doc.setStyleBuiltIn(p, String(value));
      else if (name === 'Style') p.style = String(value);
      else if (name === 'LeftIndent') p.indent = { left: Number(value), firstLine: p.indent?.firstLine ?? 0 };
      else if (name === 'FirstLineIndent') p.indent = { left: p.indent?.left ?? 0, firstLine: Number(value) };
    } else if (e?.t === 'font' && ['Bold', 'Size', 'Name'].includes(name)) {
      this.doc.setFont({ kind: 'paras', first: e.p.id, last: e.p.id }, { [name.toLowerCase()]: value });
    } else if (e?.t === 'control') {
      if (name === 'Tag') e.c.tag = String(value);
      else if (name === 'Title') e.c.title = String(value);
    } else if (e?.t === 'table') {
      if (name === 'StyleBuiltIn') e.table.styleBuiltIn = String(value);
      else if (name === 'HeaderRowCount') e.table.headerRowCount = Number(value);
    }
    return undefined;
  }

  private call(a: ActionInfo, e: Entity | null): unknown {
    const args = a.ArgumentInfo?.Arguments ?? [];
    if (e?.t === 'paragraph' && a.Name === 'DetachFromList') return void (e.p.list = undefined);
    if (e?.t === 'span' && a.Name === 'Delete') return void this.doc.deleteSpan(e.r);
    if (e?.t === 'span' && a.Name === 'Select') return void (this.doc.selection = { kind: 'span', ...e.r });
    if (e?.t === 'range' && a.Name === 'Select') return void (this.doc.selection = { kind: 'paras', first: e.first, last: e.last });
    if (e?.t === 'row' && a.Name === 'Delete') return void deleteRow(this.doc, e.p);
    if (e?.t === 'xmlPart' && a.Name === 'Delete') return void this.doc.customXmlParts.splice(this.doc.customXmlParts.indexOf(e.x) >>> 0, 1);
    if (e?.t === 'range' && a.Name === 'Delete') return void this.doc.deleteRange(this.doc.paraIds({ kind: 'paras', first: e.first, last: e.last }));
    if (a.Name === '_KeepReference' || WRITES.has(a.Name)) return undefined;
    if (a.Name === '_RemoveReference') return void this.references.delete(String(args[0]));
    if (e === null) throw new Error(`simulated Word: ${a.Name} on a null object`);
    if (e.t === 'body' && a.Name === 'GetReviewedText') return this.doc.paragraphs.filter((p) => !(args[0] !== 'Original' && p.deleted)).map((p) => reviewedText(p, args[0] === 'Original' ? 'Original' : 'Current')).join('\r');
    if (e.t === 'paragraph' && a.Name === 'GetReviewedText') return reviewedText(e.p, args[0] === 'Original' ? 'Original' : 'Current');
    if (e.t === 'xmlPart' && a.Name === 'GetXml') return e.x.xml;
    throw new Error(`simulated Word: ${e.t}.${a.Name} is not answered`);
  }

  /** A query's answer: the selected properties, PascalCase as Word sends them; collections as _Items. */
  private query(e: Entity, select: string[]): unknown {
    if ('list' in e) {
      const items = (e.list as unknown[]).map((_, i) => this.item(e, () => i)!);
      const fields = select.length ? select : ['id'];
      return { _Items: items.map((item) => this.query(item, fields.filter((f) => f !== 'items'))) };
    }
    const out: Record<string, unknown> = {};
    const nested = new Map<string, string[]>();
    // "*" (a load of a collection's items by name only) is every scalar of the item.
    const all: Partial<Record<Entity['t'], string[]>> = { xmlPart: ['id', 'namespaceUri'], change: ['type', 'author', 'date', 'text'], setting: ['value'] };
    for (const s of select.map((x) => x.replace(/^items\//, '')).flatMap((x) => (x === '*' ? (all[e.t] ?? ['id']) : [x]))) {
      const [head, ...rest] = s.split('/');
      if (rest.length) nested.set(head!, [...(nested.get(head!) ?? []), rest.join('/')]);
      else out[pascal(head!)] = this.scalar(e, head!);
    }
    for (const [nav, fields] of nested) {
      const child = this.property(e, pascal(nav));
      out[pascal(nav)] = child === null ? null : this.query(child, fields);
    }
    return out;
  }

  private scalar(e: Entity, name: string): unknown {
    const v = (() => {
      switch (e.t) {
        case 'paragraph': {
          const p = e.p;
          return { text: p.text, style: p.style, styleBuiltIn: p.styleBuiltIn, isListItem: p.list !== undefined, isLastParagraph: this.doc.paragraphs.at(-1) === p, tableNestingLevel: p.table ? (p.table.nesting ?? 1) : 0 }[name];
        }
        case 'listItem':
          return { listString: e.p.list?.label, level: e.p.list?.level }[name];
        case 'font':
          return name === 'bold' || name === 'size' || name === 'name' ? this.doc.fontOf({ kind: 'paras', first: e.p.id, last: e.p.id }, name) : undefined;
        case 'spanFont':
          return name === 'bold' ? this.doc.fontOf({ kind: 'span', ...e.r }, 'bold') : undefined;
        case 'cell':
          return { rowIndex: e.p.table?.row, cellIndex: e.p.table?.cell }[name];
        case 'control':
          return { id: e.c.id, tag: e.c.tag, title: e.c.title }[name];
        case 'change': {
          const c = e.c;
          const text = this.platform.mac && c.type === 'Deleted' ? '' : c.text;
          return { type: c.type, author: c.author, date: c.date.toISOString(), text }[name];
        }
        case 'xmlPart':
          return { id: e.x.id, namespaceUri: e.x.namespaceUri }[name];
        case 'marker':
          return { id: e.id, rowCount: 1 }[name];
        case 'document':
          return name === 'changeTrackingMode' ? this.doc.trackingMode : undefined;
        case 'span':
          return name === 'text' ? this.doc.para(e.r.para).text.slice(e.r.start, e.r.end) : undefined;
        case 'setting':
          return name === 'value' ? JSON.stringify(e.value) : undefined;
        case 'written': // nothing was written: a paragraph read back is plain
          return null;
        default:
          return undefined;
      }
    })();
    if (v === undefined) throw new Error(`simulated Word: ${e.t}.${name} is not answered`);
    return v;
  }
}

/** Methods that change the document or make something new in it. */
const WRITES = new Set(['InsertParagraph', 'InsertTable', 'InsertOoxml', 'GetRange', 'ExpandTo', 'InsertContentControl', 'DetachFromList', 'Add', 'Delete', 'InsertComment', 'Select']);

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
