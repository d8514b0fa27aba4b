/**
 * The Word classes the host uses that the npm runtime (@microsoft/office-js 1.1.110, the newest on
 * npm) predates: document settings and custom XML parts (WordApi 1.4) and tracked changes (WordApi
 * 1.6). They are added
 * to the loaded runtime in the shape its own generated classes have (compare Word.Comment and
 * Word.CommentCollection in word-web-16.00.debug.js) and built only from its own helpers
 * (OfficeExtension.BatchApiHelper and Utility), so proxies, loads, batching and the request each
 * sync sends stay Microsoft's code. Names on the wire are those of the Word API reference
 * (GetTrackedChanges, CustomXmlParts, GetByNamespace, GetXml, Add, Delete).
 */

interface ObjectPath {
  objectPathInfo: { Id: number };
}
interface ClientObjectBase {
  _objectPath: ObjectPath;
  _isNull: boolean;
  _handleResult(value: unknown): void;
}
type ClientObjectClass = new (context: unknown, path: unknown) => ClientObjectBase;

interface Runtime {
  Word: Record<string, { prototype: Record<string, unknown> } | unknown>;
  OfficeExtension: {
    ClientObject: ClientObjectClass;
    Constants: { items: string };
    BatchApiHelper: {
      createPropertyObject(type: unknown, parent: unknown, name: string, isCollection: boolean, flags: number): unknown;
      createMethodObject(type: unknown, parent: unknown, name: string, operation: number, args: unknown[], isCollection: boolean, invalidAfterRequest: boolean, getById: null, flags: number): unknown;
      createChildItemObject(type: unknown, hasIndexerMethod: boolean, parent: unknown, data: unknown, index: number): ClientObjectBase;
      invokeMethod(obj: unknown, name: string, operation: number, args: unknown[], flags: number, resultProcessType: number): unknown;
    };
    Utility: {
      throwIfNotLoaded(name: string, value: unknown, type: string, isNull: boolean): void;
      load(obj: unknown, options: unknown): unknown;
      fixObjectPathIfNecessary(obj: unknown, value: unknown): void;
    };
  };
}

interface Scalar {
  name: string;
  /** As Word sends it (PascalCase). */
  wire: string;
  date?: boolean;
}

/** A class like the runtime's generated ones: scalar properties read from a load's answer. */
function objectClass(rt: Runtime, className: string, scalars: Scalar[]): ClientObjectClass {
  const { OfficeExtension: OE } = rt;
  const U = OE.Utility;
  class Generated extends OE.ClientObject {
    [key: string]: unknown;
    get _className() {
      return className;
    }
    get _scalarPropertyNames() {
      return [...scalars.map((s) => s.name), '_ReferenceId'];
    }
    get _scalarPropertyOriginalNames() {
      return [...scalars.map((s) => s.wire), '_ReferenceId'];
    }
    _KeepReference() {
      OE.BatchApiHelper.invokeMethod(this, '_KeepReference', 1, [], 4, 0);
    }
    load(options: unknown) {
      return U.load(this, options);
    }
    override _handleResult(value: unknown) {
      super._handleResult(value);
      if (value === null || value === undefined) return;
      U.fixObjectPathIfNecessary(this, value);
      const obj = value as Record<string, unknown>;
      // A date as the runtime's adjustToDateTime makes it, but a Date of this realm, not the VM's.
      for (const s of scalars) if (obj[s.wire] !== undefined) this[`_v_${s.name}`] = s.date ? new Date(String(obj[s.wire])) : obj[s.wire];
    }
  }
  for (const s of scalars)
    Object.defineProperty(Generated.prototype, s.name, {
      get(this: Generated) {
        U.throwIfNotLoaded(s.name, this[`_v_${s.name}`], className, this._isNull);
        return this[`_v_${s.name}`];
      },
    });
  return Generated;
}

/** A collection like the runtime's generated ones: `items` from a load's answer. */
function collectionClass(rt: Runtime, className: string, itemType: ClientObjectClass): ClientObjectClass {
  const { OfficeExtension: OE } = rt;
  const U = OE.Utility;
  class Generated extends OE.ClientObject {
    [key: string]: unknown;
    get _className() {
      return className;
    }
    get _isCollection() {
      return true;
    }
    get _scalarPropertyNames() {
      return ['_ReferenceId'];
    }
    get _scalarPropertyOriginalNames() {
      return ['_ReferenceId'];
    }
    get items() {
      U.throwIfNotLoaded('items', this.m__items, className, this._isNull);
      return this.m__items;
    }
    _KeepReference() {
      OE.BatchApiHelper.invokeMethod(this, '_KeepReference', 1, [], 4, 0);
    }
    getFirstOrNullObject() {
      return OE.BatchApiHelper.createMethodObject(itemType, this, 'GetFirstOrNullObject', 1, [], false, false, null, 4);
    }
    load(options: unknown) {
      return U.load(this, options);
    }
    override _handleResult(value: unknown) {
      super._handleResult(value);
      if (value === null || value === undefined) return;
      U.fixObjectPathIfNecessary(this, value);
      const data = (value as Record<string, unknown>)[OE.Constants.items] as unknown[] | undefined;
      if (!data) return;
      this.m__items = data.map((d, i) => {
        const item = OE.BatchApiHelper.createChildItemObject(itemType, true, this, d, i);
        item._handleResult(d);
        return item;
      });
    }
  }
  return Generated;
}

/** Adds WordApi 1.4's settings and custom XML parts and 1.6's tracked changes to the loaded runtime, once. */
export function addNewerApi(rt: Runtime): void {
  const Word = rt.Word as Record<string, { prototype: object }>;
  if ('TrackedChangeCollection' in Word) return;
  const H = rt.OfficeExtension.BatchApiHelper;
  const change = objectClass(rt, 'TrackedChange', [
    { name: 'author', wire: 'Author' },
    { name: 'date', wire: 'Date', date: true },
    { name: 'text', wire: 'Text' },
    { name: 'type', wire: 'Type' },
  ]);
  const changes = collectionClass(rt, 'TrackedChangeCollection', change);
  Object.assign(Word, { TrackedChange: change, TrackedChangeCollection: changes });
  for (const owner of ['Body', 'Paragraph', 'Range'])
    Object.defineProperty(Word[owner]!.prototype, 'getTrackedChanges', {
      value(this: unknown) {
        return H.createMethodObject(changes, this, 'GetTrackedChanges', 1, [], true, false, null, 4);
      },
    });

  const part = objectClass(rt, 'CustomXmlPart', [
    { name: 'id', wire: 'Id' },
    { name: 'namespaceUri', wire: 'NamespaceUri' },
  ]);
  Object.defineProperties(part.prototype, {
    getXml: {
      value(this: unknown) {
        return H.invokeMethod(this, 'GetXml', 1, [], 4, 0);
      },
    },
    delete: {
      value(this: unknown) {
        return H.invokeMethod(this, 'Delete', 0, [], 0, 0);
      },
    },
  });
  const scoped = collectionClass(rt, 'CustomXmlPartScopedCollection', part);
  const parts = collectionClass(rt, 'CustomXmlPartCollection', part);
  Object.defineProperties(parts.prototype, {
    add: {
      value(this: unknown, xml: string) {
        return H.createMethodObject(part, this, 'Add', 0, [xml], false, true, null, 0);
      },
    },
    getByNamespace: {
      value(this: unknown, namespaceUri: string) {
        return H.createMethodObject(scoped, this, 'GetByNamespace', 1, [namespaceUri], true, false, null, 4);
      },
    },
  });
  Object.assign(Word, { CustomXmlPart: part, CustomXmlPartCollection: parts, CustomXmlPartScopedCollection: scoped });

  const setting = objectClass(rt, 'Setting', [
    { name: 'key', wire: 'Key' },
    { name: 'value', wire: 'Value' },
  ]);
  const settings = collectionClass(rt, 'SettingCollection', setting);
  Object.defineProperty(settings.prototype, 'getItemOrNullObject', {
    value(this: unknown, key: string) {
      return H.createMethodObject(setting, this, 'GetItemOrNullObject', 1, [key], false, false, null, 4);
    },
  });
  Object.assign(Word, { Setting: setting, SettingCollection: settings });
  Object.defineProperty(Word['Document']!.prototype, 'settings', {
    get(this: Record<string, unknown>) {
      this._newerSettings ??= H.createPropertyObject(settings, this, 'Settings', true, 4);
      return this._newerSettings;
    },
  });
  Object.defineProperty(Word['Document']!.prototype, 'customXmlParts', {
    get(this: Record<string, unknown>) {
      this._newerCustomXmlParts ??= H.createPropertyObject(parts, this, 'CustomXmlParts', true, 4);
      return this._newerCustomXmlParts;
    },
  });
}
