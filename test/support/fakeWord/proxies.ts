// Proxies of the document and its text (body, paragraphs, ranges, fonts), read lazily as Office.js does.
import type { FakeContext } from './context';
import { FakeOfficeError, propertyNotLoaded } from './errors';
import { type FakeChange, type FakeComment, type FakeControl, type FakeDocument, type FakeParagraph, type FakeSection, type FakeTable, type RangeRef } from './model';
import { reviewedText } from './review';
import { insertOoxml } from './ooxml';
import { CommentProxy, ControlProxy, CustomXmlPartsProxy, ListItemProxy, MarkerProxy, SectionProxy, SettingsProxy, TableProxy, TrackedChangeProxy } from './part-proxies';
import { TableCellProxy } from './row-proxies';
import { Coll, type Getters, Obj } from './proxy-base';
import { paragraphSearch } from './search';
import { FontProxy } from './font-proxy';
import { piecesOf } from './bold-runs';

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

  /** The whole body as one range (Body.getRange, WordApi 1.3 for "Whole"). */
  getRange(where: 'Whole' = 'Whole'): RangeProxy {
    this.context.assertActive('Body.getRange');
    if (where !== 'Whole') throw new Error('fake Word: only the whole body range is in the subset the host uses');
    return new RangeProxy(this.context, () => {
      const ps = this.doc.paragraphs;
      return { kind: 'paras', first: ps[0]!.id, last: ps[ps.length - 1]!.id };
    });
  }

  getComments(): Coll<FakeComment, CommentProxy> {
    return new Coll(this.context, 'CommentCollection', () => this.doc.comments, (r) => new CommentProxy(this.context, r), '1.4');
  }

  /** WordApi 1.4: the body's text as if every change were accepted (Current) or rejected (Original);
   * a paragraph deleted with its mark is left out, paragraphs are separated by "\r". */
  getReviewedText(version: 'Current' | 'Original' = 'Current'): { readonly value: string } {
    return reviewedResult(this.context, 'Body', () => this.doc.paragraphs.filter((p) => version === 'Original' || !p.deleted).map((p) => reviewedText(p, version)).join('\r'));
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

export class ParagraphCollection extends Coll<FakeParagraph, ParagraphProxy> {
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
  set style(name: string) {
    this.context.enqueue('Paragraph.style', () => void (this.entity().style = name));
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
      parentTableCellOrNullObject: () => new TableCellProxy(this.context, () => (this.entity().table ? this.entity() : null), true),
      font: () => new FontProxy(this.context, () => this.whole()),
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
    return (this.nested.get('font') as FontProxy | undefined) ?? new FontProxy(this.context, () => this.whole());
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

  /** WordApi 1.4: the paragraph's text as if every change were accepted (Current) or rejected (Original). */
  getReviewedText(version: 'Current' | 'Original' = 'Current'): { readonly value: string } {
    return reviewedResult(this.context, 'Paragraph', () => reviewedText(this.entity(), version));
  }

  /** WordApi 1.3: the paragraph cut at the delimiters; only with delimiters and spacing trimmed, as the host asks. */
  split(delimiters: string[], trimDelimiters = false, trimSpacing = false): Coll<RangeRef, RangeProxy> {
    if (!trimDelimiters || !trimSpacing) throw new Error('fake Word: only split(delimiters, true, true) is in the subset the host uses');
    return new Coll(this.context, 'RangeCollection', () => piecesOf(this.doc, this.entity().id, delimiters).map((r): RangeRef => ({ kind: 'span', ...r })), (r) => new RangeProxy(this.context, r), '1.3');
  }

  search(text: string, options?: { matchCase?: boolean; matchWildcards?: boolean }): Coll<RangeRef, RangeProxy> {
    if (options?.matchWildcards) throw new Error('fake Word: wildcard search is not in the subset the host uses');
    return new Coll(
      this.context,
      'RangeCollection',
      () => {
        const p = this.entity();
        return paragraphSearch(p, text, options?.matchCase ?? false, this.doc.searchSkipsDeleted).map(([start, end]): RangeRef => ({ kind: 'span', para: p.id, start, end }));
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
    return (this.nested.get('font') as FontProxy | undefined) ?? new FontProxy(this.context, () => this.entity());
  }

  protected override navigation(name: string): Obj<unknown> | null {
    return name === 'font' ? (new FontProxy(this.context, () => this.entity()) as Obj<unknown>) : null;
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
      else this.doc.deleteRange(this.doc.paraIds(r));
    });
  }
}

/** A getReviewedText result (WordApi 1.4), its value read once the sync has run. */
function reviewedResult(context: FakeContext, owner: string, compute: () => string): { readonly value: string } {
  let value: string | null = null;
  context.enqueue(`${owner}.getReviewedText`, () => void (value = compute()), '1.4');
  return {
    get value(): string {
      if (value === null) throw propertyNotLoaded('ClientResult', 'value');
      return value;
    },
  };
}
