/**
 * Exactly the part of the Word JavaScript API the host uses, declared structurally so that both
 * the real `Word.run` (see office.ts, which the compiler checks against @types/office-js) and the
 * fake Word in test/support/fakeWord satisfy it. Nothing here reads a global.
 *
 * Return types of queued actions are `unknown` where we ignore them, so the real, richer
 * signatures still fit.
 */
export interface WordApi {
  run<T>(batch: (context: WordContext) => Promise<T>): Promise<T>;
  requirements: { isSetSupported(name: string, minVersion?: string): boolean };
}

export interface WordContext {
  document: WDocument;
  /** WordApi 1.3: a new document from a .docx (base64), opened in a window of its own. */
  application: { createDocument(base64File?: string): { open(): unknown } };
  sync(): Promise<unknown>;
  /** Queues a marker; when a batch fails, the error's traceMessages hold those that ran before it. */
  trace(message: string): void;
}

export interface WProxy {
  readonly isNullObject: boolean;
  load(propertyNames: string): unknown;
}

interface Collection<T> {
  readonly items: T[];
  load(propertyNames: string): unknown;
}

/** WordApi 1.3: the first item, or a null object, without loading the collection. */
type WithFirst<T> = Collection<T> & { getFirstOrNullObject(): T };

export interface WDocument extends WProxy {
  readonly body: WBody;
  /** WordApi 1.4; the string union of Word.ChangeTrackingMode. */
  changeTrackingMode: string;
  /** WordApi 1.4; only read, for records written before they moved to a custom XML part. */
  readonly settings: WSettings;
  /** WordApi 1.4. */
  readonly customXmlParts: WCustomXmlParts;
  getSelection(): WRange;
  /** WordApi 1.1: the document's sections, for their headers. */
  readonly sections: Collection<WSection>;
}

export interface WSection extends WProxy {
  getHeader(type: 'Primary'): WHeader;
}

/** A header is a body: its text to read, a paragraph to insert. */
export interface WHeader extends WProxy {
  readonly text: string;
  insertParagraph(paragraphText: string, insertLocation: 'Start' | 'End'): unknown;
}

export interface WSettings {
  getItemOrNullObject(key: string): WSetting;
}

export interface WCustomXmlParts {
  add(xml: string): unknown;
  getByNamespace(namespaceUri: string): Collection<WCustomXmlPart>;
}

export interface WCustomXmlPart extends WProxy {
  /** A ClientResult: `value` is there after the next sync. */
  getXml(): { readonly value: string };
  delete(): void;
}

export interface WSetting extends WProxy {
  readonly value: unknown;
}

type Paragraphs = Collection<WParagraph> & { getFirst(): WParagraph; getLast(): WParagraph };

export interface WBody {
  readonly paragraphs: Paragraphs;
  readonly contentControls: WithFirst<WContentControl>;
  /** Only asked whether there are any (WordApi 1.3). */
  readonly lists: WithFirst<WProxy>;
  readonly tables: WithFirst<WProxy>;
  insertParagraph(paragraphText: string, insertLocation: 'Start' | 'End'): WParagraph;
  /** The whole body as a range ("Whole" needs WordApi 1.3). */
  getRange(rangeLocation: 'Whole'): WRange;
  /** WordApi 1.4: the text as if every change were accepted ("Current") or rejected ("Original"). */
  getReviewedText(changeTrackingVersion: 'Current' | 'Original'): { readonly value: string };
  /** WordApi 1.4. */
  getComments(): Collection<WComment>;
  /** WordApi 1.6. */
  getTrackedChanges(): Collection<WTrackedChange>;
}

type RangeLocation = 'Whole' | 'Start' | 'End';

export interface WParagraph extends WProxy {
  readonly text: string;
  /** The style's name as the document spells it; writable to give a paragraph that style. */
  style: string;
  /** Locale-independent style name ("Heading1", "Normal"); writable to restyle a paragraph. */
  styleBuiltIn: string;
  /** Points from the left margin (WordApi 1.1); negative firstLineIndent hangs the first line. */
  leftIndent: number;
  firstLineIndent: number;
  readonly isListItem: boolean;
  /** WordApi 1.3: the last paragraph of its body, which Word never lets go. */
  readonly isLastParagraph: boolean;
  readonly tableNestingLevel: number;
  readonly listItemOrNullObject: WListItem;
  readonly parentContentControlOrNullObject: WContentControl;
  readonly parentTableCellOrNullObject: WTableCell;
  readonly font: WFont;
  getRange(rangeLocation?: RangeLocation): WRange;
  insertParagraph(paragraphText: string, insertLocation: 'Before' | 'After'): WParagraph;
  /** WordApi 1.3: a table of `values`, one string per cell, row by row. */
  insertTable(rowCount: number, columnCount: number, insertLocation: 'Before' | 'After', values?: string[][]): WTable;
  /** WordApi 1.1: Office Open XML (a flat pkg:package) put into the paragraph. */
  insertOoxml(ooxml: string, insertLocation: 'Replace' | 'Start' | 'End'): unknown;
  /** A paragraph inserted after a list item joins the list; this takes it out again. */
  detachFromList(): void;
  search(searchText: string, searchOptions?: { matchCase?: boolean; matchWildcards?: boolean }): Collection<WRange>;
  /** WordApi 1.3: the paragraph cut at the delimiters given, with them (trimDelimiters) and the spacing at each end (trimSpacing) left out. */
  split(delimiters: string[], trimDelimiters?: boolean, trimSpacing?: boolean): Collection<WRange>;
  /** WordApi 1.4: the paragraph's text as if every change were accepted ("Current") or rejected ("Original"). */
  getReviewedText(changeTrackingVersion: 'Current' | 'Original'): { readonly value: string };
}

/** WordApi 1.3. */
export interface WTable extends WProxy {
  /** Rows repeated at the top of each page the table runs onto. */
  headerRowCount: number;
  /** Locale-independent table style name ("GridTable1Light"). */
  styleBuiltIn: string;
  insertParagraph(paragraphText: string, insertLocation: 'Before' | 'After'): WParagraph;
}

export interface WRange extends WProxy {
  readonly text: string;
  readonly font: WFont;
  readonly paragraphs: Paragraphs;
  /** WordApi 1.3: the range cut at the marks given; [" "] with trimSpacing gives its words. */
  expandTo(range: WRange): WRange;
  insertContentControl(): WContentControl;
  /** WordApi 1.4. */
  insertComment(commentText: string): unknown;
  select(): void;
  delete(): void;
}

export interface WFont extends WProxy {
  highlightColor: string;
  /** Null where the text is mixed (WordApi 1.1). */
  bold: boolean | null;
  size: number | null;
  name: string | null;
}

export interface WListItem extends WProxy {
  readonly listString: string;
  readonly level: number;
}

export interface WTableCell extends WProxy {
  readonly rowIndex: number;
  readonly cellIndex: number;
  /** WordApi 1.3, as the rest of the cell. */
  readonly parentRow: WTableRow;
  readonly body: { readonly paragraphs: Paragraphs };
  getNext(): WTableCell;
}

/** WordApi 1.3. */
export interface WTableRow extends WProxy {
  readonly cells: { getFirst(): WTableCell };
  /** New rows shaped as this one, `values` one string per cell, row by row. */
  insertRows(insertLocation: 'Before' | 'After', rowCount: number, values?: string[][]): { getFirst(): WTableRow };
  /** Takes the row out; a row that is one's own tracked insertion goes outright. */
  delete(): void;
}

export interface WContentControl extends WProxy {
  readonly id: number;
  tag: string;
  title: string;
  readonly paragraphs: Paragraphs;
  getRange(rangeLocation?: RangeLocation): WRange;
  delete(keepContent: boolean): void;
}

export interface WComment extends WProxy {
  readonly content: string;
  delete(): void;
}

export interface WTrackedChange extends WProxy {
  readonly type: string;
  readonly author: string;
  readonly date: Date;
  readonly text: string;
}
