// Proxies of the document's parts besides its text: tables, list items, content controls, comments,
// tracked changes, settings, custom XML parts, sections and headers.
import type { FakeContext } from './context';
import { FakeOfficeError, propertyNotLoaded } from './errors';
import type { FakeChange, FakeComment, FakeControl, FakeCustomXmlPart, FakeParagraph, FakeSection, FakeTable } from './model';
import { Coll, type Getters, Obj } from './proxy-base';
import { ParagraphCollection, ParagraphProxy, RangeProxy } from './proxies';

/** A table the host inserted: its style and header rows to set, a paragraph to put after it. */
export class TableProxy extends Obj<FakeTable> {
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
export class MarkerProxy extends Obj<{ id: number }> {
  protected readonly typeName = 'ListOrTable';
  protected readonly getters: Getters<{ id: number }> = { id: (m) => m.id, rowCount: () => 1 };
}

export class ListItemProxy extends Obj<NonNullable<FakeParagraph['list']>> {
  protected readonly typeName = 'ListItem';
  protected readonly getters: Getters<NonNullable<FakeParagraph['list']>> = { listString: (l) => l.label, level: (l) => l.level };
  get listString(): string {
    return this.read('listString') as string;
  }
  get level(): number {
    return this.read('level') as number;
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

export class CommentProxy extends Obj<FakeComment> {
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

export class TrackedChangeProxy extends Obj<FakeChange> {
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

export class SettingsProxy {
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
export class CustomXmlPartsProxy {
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

  /** Removes the part from the document at the next sync (WordApi 1.4). */
  delete(): void {
    this.context.enqueue(
      'CustomXmlPart.delete',
      () => {
        const parts = this.context.word.doc.customXmlParts;
        parts.splice(parts.indexOf(this.entity()), 1);
      },
      '1.4',
    );
  }

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
export class SectionProxy extends Obj<FakeSection> {
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
