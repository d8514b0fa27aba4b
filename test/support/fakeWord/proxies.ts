import type { ApiVersion, FakeContext } from './context';
import { FakeOfficeError, propertyNotLoaded } from './errors';
import { type FakeChange, type FakeComment, type FakeControl, type FakeCustomXmlPart, type FakeDocument, type FakeParagraph, type FakeSection, type FakeTable, type RangeRef, reviewedText } from './model';
import { insertOoxml } from './ooxml';
import { wordSearch } from './search';

type Getters<E> = Record<string, (e: E) => unknown>;

function notFound(type: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested ${type} does not exist.`, type);
}

/**
 * A proxy: nothing is read from the document until a queued load runs at sync; reading a property
 * that no load has filled throws PropertyNotLoaded, as Office.js does. `resolve` finds the entity
 * at sync time (it may be the result of an earlier queued operation); null means a null object.
 */
abstract class Obj<E> {
  private cache = new Map<string, unknown>();
  protected abstract readonly typeName: string;
  protected abstract readonly getters: Getters<E>;
  /** The requirement set loading this object needs, when above 1.3. */
  protected readonly needs?: ApiVersion;

  constructor(
    readonly context: FakeContext,
    protected readonly resolve: () => E | null,
    private readonly nullable = false,
  ) {}

  get isNullObject(): boolean {
    return this.read('isNullObject') as boolean;
  }

  load(propertyNames: string): this {
    const names = this.parse(propertyNames);
    this.context.enqueue(`${this.typeName}.load`, () => this.fill(names), this.needs);
    return this;
  }

  /** The property names in a load string; an unknown one is an error at the call, as in Office.js.
   * "nav/prop" loads a property of a navigation property (a nested load), as one query. */
  parse(propertyNames: string): string[] {
    const names = propertyNames
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    for (const n of names) {
      const [head, ...rest] = n.split('/');
      if (rest.length > 0) {
        const nav = this.navigation(head!);
        if (!nav) throw new FakeOfficeError('InvalidArgument', `fake Word: ${this.typeName}.${head} is not a navigation property here.`);
        nav.parse(rest.join('/'));
      } else if (!(n in this.getters) && n !== 'isNullObject') {
        throw new FakeOfficeError('InvalidArgument', `fake Word: ${this.typeName}.${n} is not a loadable property here.`);
      }
    }
    return names;
  }

  /** The proxy a navigation property gives, for nested loads; null for a name that is not one. */
  protected navigation(_name: string): Obj<unknown> | null {
    return null;
  }

  /** Navigation proxies filled by a nested load, returned by the navigation getters from then on. */
  protected nested = new Map<string, Obj<unknown>>();

  /** Runs inside sync: copy the named properties from the entity into the proxy. */
  fill(names: string[]): void {
    const e = this.resolve();
    if (e === null && !this.nullable) throw notFound(this.typeName);
    this.cache.set('isNullObject', e === null);
    const navs = new Map<string, string[]>();
    for (const n of names) {
      const [head, ...rest] = n.split('/');
      if (rest.length > 0) navs.set(head!, [...(navs.get(head!) ?? []), rest.join('/')]);
      else if (n !== 'isNullObject') this.cache.set(n, e === null ? null : this.getters[n]!(e));
    }
    for (const [head, rest] of navs) {
      const nav = this.navigation(head)!;
      nav.fill(rest);
      this.nested.set(head, nav);
    }
  }

  protected read(name: string): unknown {
    if (!this.cache.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.cache.get(name);
  }

  protected entity(): E {
    const e = this.resolve();
    if (e === null) throw notFound(this.typeName);
    return e;
  }

  protected get doc(): FakeDocument {
    return this.context.word.doc;
  }
}

/** A collection: `items` exists only after a load; load('items/text') and load('text') both work. */
class Coll<E, P extends Obj<E>> {
  private loaded: P[] | null = null;
  constructor(
    readonly context: FakeContext,
    private readonly typeName: string,
    protected readonly list: () => E[],
    private readonly make: (resolve: () => E, nullable?: boolean) => P,
    private readonly needs?: ApiVersion,
  ) {}

  get items(): P[] {
    if (this.loaded === null) throw propertyNotLoaded(this.typeName, 'items');
    // Word on the web has answered some loads with no items at all (office-js#6673).
    if (this.loaded.length === 0 && this.typeName === 'CustomXmlPartScopedCollection' && this.context.word.quirks.emptyItemsUndefined) return undefined as unknown as P[];
    return this.loaded;
  }

  getFirstOrNullObject(): P {
    this.context.assertActive(`${this.typeName}.getFirstOrNullObject`);
    return this.make(() => (this.list()[0] ?? null) as E, true);
  }

  load(propertyNames: string): this {
    const names = propertyNames
      .split(',')
      .map((n) => n.trim().replace(/^items\//, ''))
      .filter((n) => n && n !== 'items');
    // An item that is never resolved, only asked which property names are valid.
    this.make(() => {
      throw new Error('unreachable');
    }).parse(names.join(','));
    this.context.enqueue(
      `${this.typeName}.load`,
      () => {
        this.loaded = this.list().map((e) => {
          const item = this.make(() => e);
          item.fill(names);
          return item;
        });
      },
      this.needs,
    );
    return this;
  }
}

export class DocumentProxy extends Obj<FakeDocument> {
  protected readonly typeName = 'Document';
  protected readonly getters: Getters<FakeDocument> = { changeTrackingMode: (d) => d.trackingMode };
  protected override readonly needs = '1.4' as const;
  readonly body: BodyProxy;
  readonly settings: SettingsProxy;
  readonly customXmlParts: CustomXmlPartsProxy;

  constructor(context: FakeContext) {
    super(context, () => context.word.doc);
    this.body = new BodyProxy(context);
    this.settings = new SettingsProxy(context);
    this.customXmlParts = new CustomXmlPartsProxy(context);
  }

  get changeTrackingMode(): string {
    return this.read('changeTrackingMode') as string;
  }

  set changeTrackingMode(mode: string) {
    this.context.enqueue(
      'Document.changeTrackingMode',
      () => {
        if (mode !== 'Off' && mode !== 'TrackAll' && mode !== 'TrackMineOnly') throw new FakeOfficeError('InvalidArgument', mode);
        // Some Word versions leave the mode as it was when asked for TrackMineOnly (office-js#6450).
        if (mode === 'TrackMineOnly' && this.context.word.quirks.trackMineOnlyIgnored) return;
        this.doc.trackingMode = mode;
      },
      '1.4',
    );
  }

  get sections(): Coll<FakeSection, SectionProxy> {
    return new Coll(this.context, 'SectionCollection', () => this.context.word.doc.sections, (r) => new SectionProxy(this.context, r));
  }

  getSelection(): RangeProxy {
    this.context.assertActive('Document.getSelection');
    return new RangeProxy(this.context, () => this.doc.selection);
  }
}

class BodyProxy {
  constructor(readonly context: FakeContext) {}

  private get doc(): FakeDocument {
    return this.context.word.doc;
  }

  get paragraphs(): ParagraphCollection {
    return new ParagraphCollection(this.context, () => this.doc.paragraphs);
  }

  get contentControls(): Coll<FakeControl, ControlProxy> {
    return new Coll(
      this.context,
      'ContentControlCollection',
      () => [...this.doc.controls].sort((a, b) => this.doc.indexOf(a.first) - this.doc.indexOf(b.first)),
      (r, nullable) => new ControlProxy(this.context, r, nullable),
    );
  }

  /** Word's lists and tables, as far as the host asks: whether there are any. */
  get lists(): Coll<{ id: number }, MarkerProxy> {
    const first = this.doc.paragraphs.find((p) => p.list);
    return new Coll(this.context, 'ListCollection', () => (first ? [{ id: first.id }] : []), (r, nullable) => new MarkerProxy(this.context, r, nullable));
  }

  get tables(): Coll<{ id: number }, MarkerProxy> {
    const first = this.doc.paragraphs.find((p) => p.table);
    return new Coll(this.context, 'TableCollection', () => (first ? [{ id: first.id }] : []), (r, nullable) => new MarkerProxy(this.context, r, nullable));
  }

  insertParagraph(text: string, where: 'Start' | 'End'): ParagraphProxy {
    let made: FakeParagraph | null = null;
    this.context.enqueue('Body.insertParagraph', () => {
      const ps = this.doc.paragraphs;
      made = this.doc.insertParagraph(text, where === 'Start' ? ps[0]! : ps[ps.length - 1]!, where === 'Start' ? 'Before' : 'After');
    });
    return new ParagraphProxy(this.context, () => made);
  }

  getComments(): Coll<FakeComment, CommentProxy> {
    return new Coll(this.context, 'CommentCollection', () => this.doc.comments, (r) => new CommentProxy(this.context, r), '1.4');
  }

  /** WordApi 1.4: the body's text as if every change were accepted (Current) or rejected (Original);
   * a paragraph deleted with its mark is left out, paragraphs are separated by "\r". */
  getReviewedText(version: 'Current' | 'Original' = 'Current'): { readonly value: string } {
    let value: string | null = null;
    this.context.enqueue(
      'Body.getReviewedText',
      () => {
        const kept = this.doc.paragraphs.filter((p) => version === 'Original' || !p.deleted);
        value = kept.map((p) => reviewedText(p, version)).join('\r');
      },
      '1.4',
    );
    return {
      get value(): string {
        if (value === null) throw propertyNotLoaded('ClientResult', 'value');
        return value;
      },
    };
  }

  getTrackedChanges(): Coll<FakeChange, TrackedChangeProxy> {
    return new Coll(
      this.context,
      'TrackedChangeCollection',
      () => this.doc.allChanges(),
      (r, nullable) => new TrackedChangeProxy(this.context, r, nullable),
      '1.6',
    );
  }
}

class ParagraphCollection extends Coll<FakeParagraph, ParagraphProxy> {
  constructor(context: FakeContext, list: () => FakeParagraph[]) {
    super(context, 'ParagraphCollection', list, (r) => new ParagraphProxy(context, r));
  }

  getFirst(): ParagraphProxy {
    this.context.assertActive('ParagraphCollection.getFirst');
    return new ParagraphProxy(this.context, () => this.list()[0] ?? null);
  }

  getLast(): ParagraphProxy {
    this.context.assertActive('ParagraphCollection.getLast');
    return new ParagraphProxy(this.context, () => {
      const ps = this.list();
      return ps[ps.length - 1] ?? null;
    });
  }
}

export class ParagraphProxy extends Obj<FakeParagraph> {
  protected readonly typeName = 'Paragraph';
  protected readonly getters: Getters<FakeParagraph> = {
    text: (p) => p.text,
    style: (p) => p.style,
    styleBuiltIn: (p) => p.styleBuiltIn,
    leftIndent: (p) => p.indent?.left ?? 0,
    firstLineIndent: (p) => p.indent?.firstLine ?? 0,
    isListItem: (p) => p.list !== undefined,
    isLastParagraph: (p) => this.doc.paragraphs.at(-1) === p,
    tableNestingLevel: (p) => (p.table ? (p.table.nesting ?? 1) : 0),
  };

  /** Re-resolves by id once known, so the proxy follows its paragraph as the document changes. */
  constructor(context: FakeContext, resolve: () => FakeParagraph | null) {
    const known: { id: number | null } = { id: null };
    super(context, () => {
      if (known.id !== null) return context.word.doc.para(known.id);
      const p = resolve();
      if (p) known.id = p.id;
      return p;
    });
  }

  get text(): string {
    return this.read('text') as string;
  }
  get style(): string {
    return this.read('style') as string;
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn') as string;
  }
  set styleBuiltIn(value: string) {
    this.context.enqueue('Paragraph.styleBuiltIn', () => this.doc.setStyleBuiltIn(this.entity(), value));
  }
  get leftIndent(): number {
    return this.read('leftIndent') as number;
  }
  set leftIndent(value: number) {
    this.context.enqueue('Paragraph.leftIndent', () => {
      const p = this.entity();
      p.indent = { left: value, firstLine: p.indent?.firstLine ?? 0 };
    });
  }
  get firstLineIndent(): number {
    return this.read('firstLineIndent') as number;
  }
  set firstLineIndent(value: number) {
    this.context.enqueue('Paragraph.firstLineIndent', () => {
      const p = this.entity();
      p.indent = { left: p.indent?.left ?? 0, firstLine: value };
    });
  }
  get isListItem(): boolean {
    return this.read('isListItem') as boolean;
  }
  get isLastParagraph(): boolean {
    return this.read('isLastParagraph') as boolean;
  }
  get tableNestingLevel(): number {
    return this.read('tableNestingLevel') as number;
  }

  protected override navigation(name: string): Obj<unknown> | null {
    const nav = {
      listItemOrNullObject: () => new ListItemProxy(this.context, () => this.entity().list ?? null, true),
      parentContentControlOrNullObject: () => new ControlProxy(this.context, () => this.doc.parentControl(this.entity().id), true),
      parentTableCellOrNullObject: () => new TableCellProxy(this.context, () => this.entity().table ?? null, true),
    }[name];
    return nav ? (nav() as Obj<unknown>) : null;
  }
  private nav<T>(name: string): T {
    return (this.nested.get(name) ?? this.navigation(name)) as T;
  }

  get listItemOrNullObject(): ListItemProxy {
    return this.nav('listItemOrNullObject');
  }
  get parentContentControlOrNullObject(): ControlProxy {
    return this.nav('parentContentControlOrNullObject');
  }
  get parentTableCellOrNullObject(): TableCellProxy {
    return this.nav('parentTableCellOrNullObject');
  }
  get font(): FontProxy {
    return new FontProxy(this.context, () => this.whole());
  }

  private whole(): RangeRef {
    const id = this.entity().id;
    return { kind: 'paras', first: id, last: id };
  }

  getRange(where: 'Whole' | 'Start' | 'End' = 'Whole'): RangeProxy {
    this.context.assertActive('Paragraph.getRange');
    return new RangeProxy(this.context, () => {
      const p = this.entity();
      if (where === 'Whole') return this.whole();
      const at = where === 'Start' ? 0 : p.text.length;
      return { kind: 'span', para: p.id, start: at, end: at };
    });
  }

  insertParagraph(text: string, where: 'Before' | 'After'): ParagraphProxy {
    let made: FakeParagraph | null = null;
    this.context.enqueue('Paragraph.insertParagraph', () => {
      made = this.doc.insertParagraph(text, this.entity(), where);
    });
    return new ParagraphProxy(this.context, () => made);
  }

  insertTable(rowCount: number, columnCount: number, where: 'Before' | 'After', values?: string[][]): TableProxy {
    let made: FakeTable | null = null;
    this.context.enqueue('Paragraph.insertTable', () => {
      made = this.doc.insertTable(this.entity(), where, rowCount, columnCount, values);
    }, '1.3');
    return new TableProxy(this.context, () => made);
  }

  insertOoxml(ooxml: string, where: 'Replace' | 'Start' | 'End'): void {
    if (where !== 'Start') throw new Error('fake Word: only insertOoxml at a paragraph\'s start is in the subset the host uses');
    this.context.enqueue('Paragraph.insertOoxml', () => {
      if (this.context.word.quirks.ooxmlRefused) throw new FakeOfficeError('NotImplemented', 'This host does not insert OOXML.', 'Paragraph.insertOoxml');
      insertOoxml(this.doc, this.entity(), ooxml);
    });
  }

  detachFromList(): void {
    this.context.enqueue('Paragraph.detachFromList', () => {
      this.entity().list = undefined;
    });
  }

  search(text: string, options?: { matchCase?: boolean; matchWildcards?: boolean }): Coll<RangeRef, RangeProxy> {
    if (options?.matchWildcards) throw new Error('fake Word: wildcard search is not in the subset the host uses');
    return new Coll(
      this.context,
      'RangeCollection',
      () => {
        const p = this.entity();
        return wordSearch(p.text, text, options?.matchCase ?? false).map(([start, end]): RangeRef => ({ kind: 'span', para: p.id, start, end }));
      },
      (r) => new RangeProxy(this.context, r),
    );
  }
}

export class RangeProxy extends Obj<RangeRef> {
  protected readonly typeName = 'Range';
  protected readonly getters: Getters<RangeRef> = { text: (r) => this.doc.rangeText(r) };

  get text(): string {
    return this.read('text') as string;
  }

  get font(): FontProxy {
    return new FontProxy(this.context, () => this.entity());
  }

  get paragraphs(): ParagraphCollection {
    return new ParagraphCollection(this.context, () => this.doc.paraIds(this.entity()).map((id) => this.doc.para(id)));
  }

  expandTo(other: RangeProxy): RangeProxy {
    this.context.assertActive('Range.expandTo');
    if (other.context !== this.context) throw new FakeOfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
    return new RangeProxy(this.context, () => {
      const a = this.entity();
      const b = other.entity();
      const ids = [...this.doc.paraIds(a), ...this.doc.paraIds(b)].map((id) => this.doc.indexOf(id));
      const first = this.doc.paragraphs[Math.min(...ids)]!.id;
      const last = this.doc.paragraphs[Math.max(...ids)]!.id;
      if (first === last && a.kind === 'span' && b.kind === 'span') {
        return { kind: 'span', para: first, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
      }
      return { kind: 'paras', first, last };
    });
  }

  insertContentControl(): ControlProxy {
    let made: FakeControl | null = null;
    this.context.enqueue('Range.insertContentControl', () => {
      made = this.doc.addControl(this.entity());
    });
    return new ControlProxy(this.context, () => made);
  }

  insertComment(content: string): CommentProxy {
    let made: FakeComment | null = null;
    this.context.enqueue(
      'Range.insertComment',
      () => {
        const r = this.entity();
        const c: FakeComment =
          r.kind === 'span'
            ? { id: this.doc.newId(), content, para: r.para, start: r.start, end: r.end }
            : { id: this.doc.newId(), content, para: r.first, start: 0, end: this.doc.para(r.first).text.length };
        this.doc.comments.push(c);
        made = c;
      },
      '1.4',
    );
    return new CommentProxy(this.context, () => made);
  }

  select(): void {
    this.context.enqueue('Range.select', () => {
      this.doc.selection = this.entity();
    });
  }

  delete(): void {
    this.context.enqueue('Range.delete', () => {
      const r = this.entity();
      if (r.kind === 'span') this.doc.deleteSpan(r);
      else this.doc.deleteParagraphs(this.doc.paraIds(r));
    });
  }
}

class FontProxy extends Obj<RangeRef> {
  protected readonly typeName = 'Font';
  protected readonly getters: Getters<RangeRef> = { highlightColor: (r) => this.doc.highlightOf(r) };

  get highlightColor(): string {
    return this.read('highlightColor') as string;
  }
  set highlightColor(colour: string) {
    this.context.enqueue('Font.highlightColor', () => this.doc.setHighlight(this.entity(), colour || null));
  }
}

/** A table the host inserted: its style and header rows to set, a paragraph to put after it. */
class TableProxy extends Obj<FakeTable> {
  protected readonly typeName = 'Table';
  protected readonly getters: Getters<FakeTable> = { headerRowCount: (t) => t.headerRowCount, styleBuiltIn: (t) => t.styleBuiltIn, rowCount: (t) => t.rowCount };

  get headerRowCount(): number {
    return this.read('headerRowCount') as number;
  }
  set headerRowCount(value: number) {
    this.context.enqueue('Table.headerRowCount', () => {
      const t = this.entity();
      if (value > t.rowCount) throw new FakeOfficeError('InvalidArgument', `A table of ${t.rowCount} rows cannot have ${value} header rows.`);
      t.headerRowCount = value;
    });
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn') as string;
  }
  set styleBuiltIn(value: string) {
    this.context.enqueue('Table.styleBuiltIn', () => {
      this.entity().styleBuiltIn = value;
    });
  }

  insertParagraph(text: string, where: 'Before' | 'After'): ParagraphProxy {
    let made: FakeParagraph | null = null;
    this.context.enqueue('Table.insertParagraph', () => {
      made = this.doc.insertParagraphByTable(text, this.entity(), where);
    });
    return new ParagraphProxy(this.context, () => made);
  }
}

/** A list or a table, of which the host only asks whether one exists. */
class MarkerProxy extends Obj<{ id: number }> {
  protected readonly typeName = 'ListOrTable';
  protected readonly getters: Getters<{ id: number }> = { id: (m) => m.id, rowCount: () => 1 };
}

class ListItemProxy extends Obj<NonNullable<FakeParagraph['list']>> {
  protected readonly typeName = 'ListItem';
  protected readonly getters: Getters<NonNullable<FakeParagraph['list']>> = { listString: (l) => l.label, level: (l) => l.level };
  get listString(): string {
    return this.read('listString') as string;
  }
  get level(): number {
    return this.read('level') as number;
  }
}

class TableCellProxy extends Obj<NonNullable<FakeParagraph['table']>> {
  protected readonly typeName = 'TableCell';
  protected readonly getters: Getters<NonNullable<FakeParagraph['table']>> = { rowIndex: (t) => t.row, cellIndex: (t) => t.cell };
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get cellIndex(): number {
    return this.read('cellIndex') as number;
  }
  // Table rows are modelled over Microsoft's runtime (test/support/officeRuntime), not here.
  get parentRow(): never {
    throw new FakeOfficeError('NotImplemented', 'fake Word: table rows are simulated in test/support/officeRuntime only.');
  }
  get body(): never {
    return this.parentRow;
  }
  getNext(): never {
    return this.parentRow;
  }
}

export class ControlProxy extends Obj<FakeControl> {
  protected readonly typeName = 'ContentControl';
  protected readonly getters: Getters<FakeControl> = { id: (c) => c.id, tag: (c) => c.tag, title: (c) => c.title };

  get id(): number {
    return this.read('id') as number;
  }
  get tag(): string {
    return this.read('tag') as string;
  }
  set tag(value: string) {
    this.context.enqueue('ContentControl.tag', () => {
      this.entity().tag = value;
    });
  }
  get title(): string {
    return this.read('title') as string;
  }
  set title(value: string) {
    this.context.enqueue('ContentControl.title', () => {
      this.entity().title = value;
    });
  }

  get paragraphs(): ParagraphCollection {
    return new ParagraphCollection(this.context, () => {
      const c = this.entity();
      return this.doc.paraIds(this.doc.controlRange(c)).map((id) => this.doc.para(id));
    });
  }

  getRange(): RangeProxy {
    this.context.assertActive('ContentControl.getRange');
    return new RangeProxy(this.context, () => this.doc.controlRange(this.entity()));
  }

  delete(keepContent: boolean): void {
    this.context.enqueue('ContentControl.delete', () => {
      const c = this.entity();
      this.doc.controls = this.doc.controls.filter((x) => x !== c);
      if (!keepContent) {
        if (c.inline) throw new Error('fake Word: deleting an inline control with its content is not in the subset the host uses');
        this.doc.deleteParagraphs(this.doc.paraIds(this.doc.controlRange(c)));
      }
    });
  }
}

class CommentProxy extends Obj<FakeComment> {
  protected readonly typeName = 'Comment';
  protected readonly getters: Getters<FakeComment> = { id: (c) => String(c.id), content: (c) => c.content };
  get id(): string {
    return this.read('id') as string;
  }
  get content(): string {
    return this.read('content') as string;
  }
  delete(): void {
    this.context.enqueue('Comment.delete', () => {
      const c = this.entity();
      this.doc.comments = this.doc.comments.filter((x) => x !== c);
    });
  }
}

class TrackedChangeProxy extends Obj<FakeChange> {
  protected readonly typeName = 'TrackedChange';
  protected readonly getters: Getters<FakeChange> = {
    type: (c) => c.type,
    author: (c) => c.author,
    date: (c) => c.date,
    // Word for Mac gives deleted text as "" (office-js#5188).
    text: (c) => (c.type === 'Deleted' && this.context.word.quirks.macDeletedText ? '' : c.text),
  };
  get type(): string {
    return this.read('type') as string;
  }
  get author(): string {
    return this.read('author') as string;
  }
  get date(): Date {
    return this.read('date') as Date;
  }
  get text(): string {
    return this.read('text') as string;
  }
}

class SettingsProxy {
  constructor(readonly context: FakeContext) {}

  getItemOrNullObject(key: string): SettingProxy {
    this.context.assertActive('SettingCollection.getItemOrNullObject');
    const settings = this.context.word.doc.settings;
    return new SettingProxy(this.context, () => (settings.has(key) ? { value: settings.get(key) } : null), true);
  }

  add(key: string, value: unknown): void {
    const copy = JSON.parse(JSON.stringify(value)) as unknown;
    this.context.enqueue('SettingCollection.add', () => void this.context.word.doc.settings.set(key, copy), '1.4');
  }
}

class SettingProxy extends Obj<{ value: unknown }> {
  protected readonly typeName = 'Setting';
  protected readonly getters: Getters<{ value: unknown }> = { value: (s) => JSON.parse(JSON.stringify(s.value)) };
  protected override readonly needs = '1.4' as const;
  get value(): unknown {
    return this.read('value');
  }
}

/**
 * The root element's namespace, as Word files a part under it: Office.js rejects XML without a
 * root element (InvalidArgument); a root with no namespace is filed under "".
 */
export function rootNamespace(xml: string): string {
  const root = /<(?![?!])([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*((?:\s+[^>]*?)?)\/?>/.exec(xml);
  if (!root) throw new FakeOfficeError('InvalidArgument', 'The custom XML part has no root element.', 'CustomXmlPartCollection.add');
  const prefix = root[1] ? `:${root[1].slice(0, -1)}` : '';
  const decl = new RegExp(`xmlns${prefix}\\s*=\\s*["']([^"']*)["']`).exec(root[2] ?? '');
  return decl?.[1] ?? '';
}

/** document.customXmlParts (WordApi 1.4): add queues a new part; getByNamespace is a collection to load. */
class CustomXmlPartsProxy {
  constructor(readonly context: FakeContext) {}

  add(xml: string): CustomXmlPartProxy {
    const part: FakeCustomXmlPart = { id: '', namespaceUri: '', xml };
    this.context.enqueue(
      'CustomXmlPartCollection.add',
      () => {
        const doc = this.context.word.doc;
        part.namespaceUri = rootNamespace(xml);
        part.id = `{${String(doc.customXmlParts.length + 1).padStart(8, '0')}-0000-4000-8000-000000000000}`;
        doc.customXmlParts.push(part);
      },
      '1.4',
    );
    return new CustomXmlPartProxy(this.context, () => (part.id ? part : null));
  }

  getByNamespace(namespaceUri: string): Coll<FakeCustomXmlPart, CustomXmlPartProxy> {
    this.context.assertActive('CustomXmlPartCollection.getByNamespace');
    return new Coll(
      this.context,
      'CustomXmlPartScopedCollection',
      () => this.context.word.doc.customXmlParts.filter((p) => p.namespaceUri === namespaceUri),
      (r) => new CustomXmlPartProxy(this.context, r),
      '1.4',
    );
  }
}

class CustomXmlPartProxy extends Obj<FakeCustomXmlPart> {
  protected readonly typeName = 'CustomXmlPart';
  protected readonly getters: Getters<FakeCustomXmlPart> = { id: (p) => p.id, namespaceUri: (p) => p.namespaceUri };
  protected override readonly needs = '1.4' as const;

  /** A ClientResult: reading `value` before the sync that fills it throws, as Office.js does. */
  getXml(): { readonly value: string } {
    let value: string | null = null;
    this.context.enqueue('CustomXmlPart.getXml', () => void (value = this.entity().xml), '1.4');
    return {
      get value(): string {
        if (value === null) throw propertyNotLoaded('ClientResult', 'value');
        return value;
      },
    };
  }
}

/** A section (WordApi 1.1): only its primary header is modelled. */
class SectionProxy extends Obj<FakeSection> {
  protected readonly typeName = 'Section';
  protected readonly getters: Getters<FakeSection> = {};

  getHeader(type: string): HeaderProxy {
    this.context.assertActive('Section.getHeader');
    if (type !== 'Primary') throw new FakeOfficeError('InvalidArgument', `fake Word: only the Primary header is modelled, not ${type}.`);
    return new HeaderProxy(this.context, () => this.entity());
  }
}

/** A section's primary header as a body: its text to load, a paragraph to insert at its start. */
class HeaderProxy extends Obj<FakeSection> {
  protected readonly typeName = 'Body';
  protected readonly getters: Getters<FakeSection> = { text: (s) => s.header.join('\r') };

  get text(): string {
    return this.read('text') as string;
  }

  insertParagraph(text: string, location: 'Start' | 'End'): unknown {
    this.context.enqueue('Body.insertParagraph', () => {
      const section = this.entity();
      if (location === 'Start') section.header.unshift(text);
      else section.header.push(text);
    });
    return undefined;
  }
}
