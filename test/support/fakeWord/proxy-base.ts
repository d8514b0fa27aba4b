// The lazy proxy and collection every fake Word object is built on: loads queue until sync, as in
// Office.js.
import type { ApiVersion, FakeContext } from './context';
import { FakeOfficeError, propertyNotLoaded } from './errors';
import type { FakeDocument } from './model';

export type Getters<E> = Record<string, (e: E) => unknown>;

function notFound(type: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested ${type} does not exist.`, type);
}

/**
 * A proxy: nothing is read from the document until a queued load runs at sync; reading a property
 * that no load has filled throws PropertyNotLoaded, as Office.js does. `resolve` finds the entity
 * at sync time (it may be the result of an earlier queued operation); null means a null object.
 */
export abstract class Obj<E> {
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
export class Coll<E, P extends Obj<E>> {
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
