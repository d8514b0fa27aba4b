import { FakeOfficeError } from './errors';
import { reviewChanges } from './review';
import { cellParagraphs } from './table-rows';
import { BUILT_IN, STYLE_NAME } from './styles';
import { boldOver } from './bold-runs';

/**
 * The document behind the fake Word: plain data the proxies read at sync time and tests inspect
 * directly. Paragraphs have stable ids; content controls, comments and highlights refer to them.
 */
export interface FakeChange {
  id: number;
  type: 'Added' | 'Deleted';
  author: string;
  date: Date;
  text: string;
  /** Where the change's text starts in the paragraph's text (which holds deleted text too). */
  start: number;
}

export interface FakeParagraph {
  id: number;
  text: string;
  style: string;
  styleBuiltIn: string;
  /** Direct indentation in points, as Paragraph.leftIndent and firstLineIndent give it. */
  indent?: { left: number; firstLine: number };
  list?: { label: string; level: number };
  /** The innermost cell; nesting 1 for a top-level table (the default), 2 for a table in a cell. */
  table?: { row: number; cell: number; nesting?: number };
  highlights: { start: number; end: number; color: string }[];
  /** Run formatting set on the whole paragraph (Font.bold, size, name); what is left out is the style's. */
  font?: FakeFont;
  boldRuns?: [number, number][]; // stretches [start, end) set in bold by hand ("Programme is ...")
  changes: FakeChange[];
  /** Deleted while Track Changes was on: still in the document, shown struck through. */
  deleted?: boolean;
}

export interface FakeFont {
  bold?: boolean;
  size?: number;
  name?: string;
}

/** A block control spans whole paragraphs first..last; an inline one a span of one paragraph. */
export interface FakeControl {
  id: number;
  tag: string;
  title: string;
  first: number;
  last: number;
  inline?: { start: number; end: number };
}

export interface FakeComment {
  id: number;
  content: string;
  para: number;
  start: number;
  end: number;
}

export type RangeRef =
  | { kind: 'paras'; first: number; last: number }
  | { kind: 'span'; para: number; start: number; end: number };

export interface ParagraphSeed {
  text: string;
  style?: string;
  list?: { label: string; level?: number };
  table?: { row: number; cell: number; nesting?: number };
  font?: FakeFont;
  /** `start` may be left out when the change's text occurs once in the paragraph. */
  changes?: (Omit<FakeChange, 'id' | 'start'> & { start?: number })[];
}

/** A table the host inserted: its cells are the paragraphs first..last, row by row. */
export interface FakeTable {
  id: number;
  first: number;
  last: number;
  rowCount: number;
  columnCount: number;
  headerRowCount: number;
  styleBuiltIn: string;
}

export interface FakeCustomXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface FakeSection {
  header: string[];
}

export class FakeDocument {
  paragraphs: FakeParagraph[] = [];
  controls: FakeControl[] = [];
  tables: FakeTable[] = [];
  comments: FakeComment[] = [];
  settings = new Map<string, unknown>();
  /** Custom XML parts in the order added, each with the namespace of its root element. */
  customXmlParts: FakeCustomXmlPart[] = [];
  trackingMode: 'Off' | 'TrackAll' | 'TrackMineOnly' = 'Off';
  /** Each section's primary header, as its paragraphs' texts. */
  sections: FakeSection[] = [{ header: [] }];
  selection: RangeRef = { kind: 'span', para: 0, start: 0, end: 0 };
  /** Word's search leaves tracked deletions out of the text it reads (search.ts, paragraphSearch). */
  searchSkipsDeleted = false;
  /** The user Word attributes our edits to. */
  author = 'Mei Chen';
  private nextId = 1;

  constructor(seeds: readonly (ParagraphSeed | string)[]) {
    this.paragraphs = seeds.map((s) => this.make(typeof s === 'string' ? { text: s } : s));
    if (this.paragraphs.length === 0) this.paragraphs.push(this.make({ text: '' }));
    this.selection = { kind: 'span', para: this.paragraphs[0]!.id, start: 0, end: 0 };
  }

  newId(): number {
    return this.nextId++;
  }

  private make(seed: ParagraphSeed): FakeParagraph {
    const style = seed.style ?? (seed.list ? 'List Paragraph' : 'Normal');
    return {
      id: this.newId(),
      text: seed.text,
      style,
      styleBuiltIn: BUILT_IN[style] ?? 'Other',
      list: seed.list ? { label: seed.list.label, level: seed.list.level ?? 0 } : undefined,
      table: seed.table,
      ...(seed.font ? { font: { ...seed.font } } : {}),
      highlights: [],
      changes: (seed.changes ?? []).map((c) => ({ ...c, start: c.start ?? onlyOccurrence(seed.text, c.text), id: this.newId() })),
    };
  }

  /** Texts in reading order, for assertions. */
  texts(): string[] {
    return this.paragraphs.map((p) => p.text);
  }

  /** Paragraph id to index, checked on every use and rebuilt when the paragraphs moved. */
  private positions = new Map<number, number>();

  indexOf(id: number): number {
    const cached = this.positions.get(id);
    if (cached !== undefined && this.paragraphs[cached]?.id === id) return cached;
    this.positions = new Map(this.paragraphs.map((p, i) => [p.id, i]));
    const i = this.positions.get(id) ?? -1;
    if (i < 0) throw new FakeOfficeError('ItemNotFound', `Paragraph ${id} is no longer in the document.`);
    return i;
  }

  para(id: number): FakeParagraph {
    return this.paragraphs[this.indexOf(id)]!;
  }

  /** A template whose Heading 1 style is numbered (1, 2, ...): styling a paragraph so makes it a list item. */
  numberedHeadings = false;

  setStyleBuiltIn(p: FakeParagraph, builtIn: string): void {
    p.styleBuiltIn = builtIn;
    p.style = STYLE_NAME[builtIn] ?? builtIn;
    if (this.numberedHeadings && builtIn === 'Heading1') {
      const n = this.paragraphs.filter((q) => q.styleBuiltIn === 'Heading1' && q.list).length + 1;
      p.list = { label: `${n}`, level: 0 };
    }
  }

  /** Word gives a new paragraph the formatting of the one it is inserted next to, list included. */
  insertParagraph(text: string, ref: FakeParagraph, where: 'Before' | 'After'): FakeParagraph {
    const p: FakeParagraph = {
      id: this.newId(),
      text,
      style: ref.style,
      styleBuiltIn: ref.styleBuiltIn,
      ...(ref.indent ? { indent: { ...ref.indent } } : {}),
      ...(ref.font ? { font: { ...ref.font } } : {}),
      list: ref.list ? { ...ref.list, label: ref.list.label } : undefined,
      table: ref.table ? { ...ref.table } : undefined,
      highlights: [],
      changes: [],
    };
    if (this.trackingMode !== 'Off') {
      p.changes.push({ id: this.newId(), type: 'Added', author: this.author, date: new Date(), text, start: 0 });
    }
    const at = this.indexOf(ref.id) + (where === 'After' ? 1 : 0);
    this.paragraphs.splice(at, 0, p);
    return p;
  }

  /**
   * Paragraph.insertTable: a paragraph per cell, row by row, in plain Normal style. Word refuses
   * values that do not match the size, and a table inside a table is not in the subset we model.
   */
  insertTable(ref: FakeParagraph, where: 'Before' | 'After', rowCount: number, columnCount: number, values?: string[][]): FakeTable {
    if (rowCount < 1 || columnCount < 1 || (values && (values.length !== rowCount || values.some((r) => r.length !== columnCount))))
      throw new FakeOfficeError('InvalidArgument', `The table values do not fit ${rowCount} rows of ${columnCount} cells.`);
    if (ref.table) throw new Error('fake Word: a table inside a table is not in the subset the host uses');
    const cells: FakeParagraph[] = [];
    for (let row = 0; row < rowCount; row++)
      for (let cell = 0; cell < columnCount; cell++) {
        const text = values?.[row]?.[cell] ?? '';
        const changes: FakeChange[] = this.trackingMode === 'Off' ? [] : [{ id: this.newId(), type: 'Added', author: this.author, date: new Date(), text, start: 0 }];
        cells.push({ id: this.newId(), text, style: 'Normal', styleBuiltIn: 'Normal', table: { row, cell }, highlights: [], changes });
      }
    this.paragraphs.splice(this.indexOf(ref.id) + (where === 'After' ? 1 : 0), 0, ...cells);
    const table: FakeTable = { id: this.newId(), first: cells[0]!.id, last: cells.at(-1)!.id, rowCount, columnCount, headerRowCount: 0, styleBuiltIn: 'TableNormal' };
    this.tables.push(table);
    return table;
  }

  /** Table.insertParagraph: a plain paragraph just outside the table. */
  insertParagraphByTable(text: string, table: FakeTable, where: 'Before' | 'After'): FakeParagraph {
    const p = this.insertParagraph(text, this.para(where === 'After' ? table.last : table.first), where);
    p.table = undefined;
    this.setStyleBuiltIn(p, 'Normal');
    return p;
  }

  /** A table's cell texts, row by row, for assertions. */
  tableRows(table: FakeTable): string[][] {
    const cells = this.paraIds({ kind: 'paras', first: table.first, last: table.last }).map((id) => this.para(id).text);
    return Array.from({ length: table.rowCount }, (_, r) => cells.slice(r * table.columnCount, (r + 1) * table.columnCount));
  }

  paraIds(range: RangeRef): number[] {
    if (range.kind === 'span') return [range.para];
    const a = this.indexOf(range.first);
    const b = this.indexOf(range.last);
    return this.paragraphs.slice(Math.min(a, b), Math.max(a, b) + 1).map((p) => p.id);
  }

  rangeText(range: RangeRef): string {
    if (range.kind === 'span') return this.para(range.para).text.slice(range.start, range.end);
    return this.paraIds(range)
      .map((id) => this.para(id).text)
      .join('\r');
  }

  /** Deletes whole paragraphs. With tracking on they stay, marked deleted, unless they are our own
   * tracked insertions, which Word removes outright. */
  deleteParagraphs(ids: number[]): void {
    const gone = new Set<number>();
    for (const id of ids) {
      const p = this.para(id);
      const ownInsertion = p.changes.some((c) => c.type === 'Added' && c.author === this.author && c.text === p.text);
      if (this.trackingMode === 'Off' || ownInsertion) gone.add(id);
      else if (!p.deleted) {
        p.deleted = true;
        p.changes.push({ id: this.newId(), type: 'Deleted', author: this.author, date: new Date(), text: p.text, start: 0 });
      }
    }
    if (gone.size === 0) return;
    for (const c of this.controls) {
      const left = this.paraIds({ kind: 'paras', first: c.first, last: c.last }).filter((id) => !gone.has(id));
      if (left.length === 0) c.first = -1;
      else [c.first, c.last] = [left[0]!, left[left.length - 1]!];
    }
    this.controls = this.controls.filter((c) => c.first !== -1);
    // A table goes with its cells; deleting only some of them is not in the subset the host uses.
    this.tables = this.tables.filter((t) => !gone.has(t.first) || !gone.has(t.last));
    this.comments = this.comments.filter((c) => !gone.has(c.para));
    this.paragraphs = this.paragraphs.filter((p) => !gone.has(p.id));
    if (this.paragraphs.length === 0) this.paragraphs.push(this.make({ text: '' }));
  }

  /**
   * Range.delete over whole paragraphs. A range within one table row clears its cells rather than
   * removing them: a cell keeps its end mark, so where every paragraph of a cell goes outright, its
   * last stays, empty (Word leaves an empty cell, and so an empty row, never a missing one).
   */
  deleteRange(ids: number[]): void {
    const ps = ids.map((id) => this.para(id));
    const first = ps[0];
    const oneRow = first?.table !== undefined && ps.every((p) => p.table && p.table.row === first.table!.row && (p.table.nesting ?? 1) === (first.table!.nesting ?? 1));
    const going = new Set(ids);
    const outright = (p: FakeParagraph) => this.trackingMode === 'Off' || p.changes.some((c) => c.type === 'Added' && c.author === this.author && c.text === p.text);
    const ends = oneRow ? [...new Set(ps.map((p) => cellParagraphs(this, p).at(-1)!))].filter((end) => outright(end) && cellParagraphs(this, end).every((q) => going.has(q.id))) : [];
    this.deleteParagraphs(ids.filter((id) => !ends.some((e) => e.id === id)));
    for (const end of ends) [end.text, end.changes, end.highlights] = ['', [], []];
  }

  /** Deletes part of one paragraph. With tracking on the text stays, recorded as deleted. */
  deleteSpan(range: { para: number; start: number; end: number }): void {
    const p = this.para(range.para);
    if (this.trackingMode !== 'Off') {
      // Text already deleted (by anyone) stays that deletion, as in Word: ours covers the rest, in pieces.
      const done = p.changes.filter((c) => c.type === 'Deleted').map((c) => [c.start, c.start + c.text.length] as const);
      let from = range.start;
      for (let i = range.start; i <= range.end; i++) {
        const inDone = i < range.end && done.some(([a, b]) => a <= i && i < b);
        if (!inDone && i < range.end) continue;
        if (i > from) p.changes.push({ id: this.newId(), type: 'Deleted', author: this.author, date: new Date(), text: p.text.slice(from, i), start: from });
        from = i + 1;
      }
      return;
    }
    p.text = p.text.slice(0, range.start) + p.text.slice(range.end);
  }

  /** Word's Accept All: tracked deletions go, whole paragraphs and parts of them; insertions stay. */
  acceptAllChanges(author?: string): void {
    reviewChanges(this, 'accept', author);
  }

  /** Word's Reject All: tracked insertions go, with controls left empty; tracked deletions come back. */
  rejectAllChanges(author?: string): void {
    reviewChanges(this, 'reject', author);
  }

  /** The innermost block control holding the paragraph. */
  parentControl(id: number): FakeControl | null {
    const i = this.indexOf(id);
    let best: FakeControl | null = null;
    let bestSize = Infinity;
    for (const c of this.controls) {
      if (c.inline) continue;
      const a = this.indexOf(c.first);
      const b = this.indexOf(c.last);
      if (a <= i && i <= b && b - a < bestSize) [best, bestSize] = [c, b - a];
    }
    return best;
  }

  addControl(range: RangeRef): FakeControl {
    const c: FakeControl =
      range.kind === 'span'
        ? { id: this.newId(), tag: '', title: '', first: range.para, last: range.para, inline: { start: range.start, end: range.end } }
        : { id: this.newId(), tag: '', title: '', first: range.first, last: range.last };
    this.controls.push(c);
    return c;
  }

  controlRange(c: FakeControl): RangeRef {
    return c.inline
      ? { kind: 'span', para: c.first, ...c.inline }
      : { kind: 'paras', first: c.first, last: c.last };
  }

  /** Word's highlightColor read: null for none, "" for mixed, else the colour. */
  highlightOf(range: RangeRef): string | null {
    const colours = new Set<string | null>();
    for (const id of this.paraIds(range)) {
      const p = this.para(id);
      const [start, end] = range.kind === 'span' ? [range.start, range.end] : [0, p.text.length];
      for (let i = start; i < Math.max(end, start + 1); i++) {
        const h = p.highlights.find((s) => s.start <= i && i < s.end);
        colours.add(h ? h.color : null);
      }
    }
    if (colours.size !== 1) return '';
    return [...colours][0] ?? null;
  }

  setHighlight(range: RangeRef, colour: string | null): void {
    for (const id of this.paraIds(range)) {
      const p = this.para(id);
      const [start, end] = range.kind === 'span' ? [range.start, range.end] : [0, p.text.length];
      const kept = p.highlights.flatMap((s) => {
        const parts: typeof p.highlights = [];
        if (s.start < start) parts.push({ ...s, end: Math.min(s.end, start) });
        if (s.end > end) parts.push({ ...s, start: Math.max(s.start, end) });
        return parts;
      });
      p.highlights = colour ? [...kept, { start, end, color: colour }] : kept;
    }
  }

  /** A font property of whole paragraphs: the style's default where none is set, null where they differ. */
  fontOf<K extends keyof FakeFont>(range: RangeRef, key: K): FakeFont[K] | null {
    const DEFAULT: Required<FakeFont> = { bold: false, size: 11, name: 'Calibri' };
    if (key === 'bold' && this.paraIds(range).some((id) => this.para(id).boldRuns?.length)) return boldOver(this, range) as FakeFont[K] | null;
    const values = new Set(this.paraIds(range).map((id) => this.para(id).font?.[key] ?? DEFAULT[key]));
    return values.size === 1 ? ([...values][0] as FakeFont[K]) : null;
  }

  setFont(range: RangeRef, font: FakeFont): void {
    for (const id of this.paraIds(range)) {
      const p = this.para(id);
      p.font = { ...p.font, ...Object.fromEntries(Object.entries(font).filter(([, v]) => v !== undefined)) };
    }
  }

  allChanges(ids?: number[]): FakeChange[] {
    const paras = ids ? ids.map((id) => this.para(id)) : this.paragraphs;
    return paras.flatMap((p) => p.changes);
  }
}

function onlyOccurrence(text: string, part: string): number {
  const at = text.indexOf(part);
  if (at < 0 || text.indexOf(part, at + 1) >= 0) throw new Error(`fake Word seed: give the start of "${part}", which is not in the paragraph exactly once`);
  return at;
}
