import type { FakeChange, FakeControl, FakeCustomXmlPart, FakeParagraph, FakeTable } from '../fakeWord/model';

/** What an object path of a request names in the simulated document (richApi.ts). */
export type Entity =
  | { t: 'document' }
  | { t: 'body' }
  | { t: 'paragraphs'; list: FakeParagraph[] }
  | { t: 'paragraph'; p: FakeParagraph }
  | { t: 'table'; table: FakeTable }
  /** Whole paragraphs first..last (ids), as Paragraph.getRange() and Range.expandTo give them. */
  | { t: 'range'; first: number; last: number }
  /** Part of one paragraph, as Paragraph.search finds it. */
  | { t: 'spans'; list: Span[] }
  | { t: 'span'; r: Span }
  /** An options object the client made (Word.SearchOptions), its properties as set. */
  | { t: 'options'; values: Record<string, unknown> }
  | { t: 'listItem'; p: FakeParagraph }
  /** A paragraph's font: bold, size and name over the whole paragraph. */
  | { t: 'font'; p: FakeParagraph }
  /** A found or split range's font: its bold, true, false or null where mixed. */
  | { t: 'spanFont'; r: Span }
  /** A table cell, a row, by a paragraph in it; the rows and cells collections, each item by its first paragraph. */
  | { t: 'cell'; p: FakeParagraph }
  | { t: 'row'; p: FakeParagraph }
  | { t: 'rows'; list: FakeParagraph[] }
  | { t: 'cells'; list: FakeParagraph[] }
  | { t: 'cellBody'; p: FakeParagraph }
  | { t: 'controls'; list: FakeControl[] }
  | { t: 'control'; c: FakeControl }
  | { t: 'changes'; list: FakeChange[] }
  | { t: 'change'; c: FakeChange }
  | { t: 'xmlParts'; list: FakeCustomXmlPart[] }
  | { t: 'xmlPart'; x: FakeCustomXmlPart }
  | { t: 'customXmlParts' }
  | { t: 'settings' }
  | { t: 'setting'; value: unknown }
  /** The first list or table: the host only asks whether there is one. */
  | { t: 'markers'; list: { id: number }[] }
  | { t: 'marker'; id: number }
  /** Something a write made (a new paragraph, a control): only its request is measured. */
  | { t: 'written' };

export type Span = { para: number; start: number; end: number };

export interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}
