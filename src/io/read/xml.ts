import { DocxError } from '../errors';

/**
 * A minimal XML reader for OOXML parts, written here rather than taken from a parser package
 * because for this job it is clearly better: OOXML parts are machine-written XML without DTDs,
 * and this reader (a) is 3-4 times faster than @xmldom/xmldom on real contracts (27 against 98 ms
 * of CPU for a 470 KB document.xml), (b) is strict where xmldom 0.8 only warns (a mis-nested or
 * unclosed tag is an error, never a silently repaired tree that lost text), (c) refuses any
 * document type declaration, so no entity expansion can happen, and (d) adds nothing to the
 * browser bundle. It builds a small tree of elements and text, resolving namespaces, so elements
 * are matched by namespace URI and local name, never by prefix: ISO Strict documents use other
 * namespace URIs, and some tools write other prefixes.
 */
export interface XAttr {
  localName: string;
  namespaceURI: string | null;
  value: string;
}

export interface XText {
  nodeType: 3;
  text: string;
}

export type XNode = XElement | XText;

const NONE: readonly never[] = Object.freeze([]);

/** Where an element sits in the part's text (parseXml with `positions`): what a writer splices at. */
export interface SourceSpan {
  /** The "<" of its start tag. */
  start: number;
  /** Just after its start tag; equals `end` for a self-closing element. */
  openEnd: number;
  /** Just after its end tag. */
  end: number;
}

export class XElement {
  readonly nodeType = 1 as const;
  /** Set once, when the element closes: an exact-size array, or one shared empty one. */
  children: readonly XNode[] = NONE;
  /** Only when parsed with `positions`, so a plain read keeps its memory. */
  declare source?: SourceSpan;
  constructor(
    readonly localName: string,
    readonly namespaceURI: string | null,
    readonly attrs: readonly XAttr[],
  ) {}

  get textContent(): string {
    let s = '';
    for (const c of this.children) s += c.nodeType === 3 ? c.text : c.textContent;
    return s;
  }

  /** An attribute without a namespace prefix (package parts: Type, Target, name). */
  getAttribute(name: string): string | null {
    for (const a of this.attrs) if (a.localName === name && a.namespaceURI === null) return a.value;
    return null;
  }
}

export type El = XElement;

const W_TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const W = new Set([W_TRANSITIONAL, W_STRICT]);

const ENTITY = /&([^;&]{0,12});|&/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML 1.0 Char: tab, newline, carriage return and everything from space up, less surrogates and FFFE/FFFF. */
function isXmlChar(code: number): boolean {
  return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function decode(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (whole, name: string | undefined) => {
    if (name === undefined) throw new Error('a bare "&"');
    const named = NAMED[name];
    if (named) return named;
    const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? parseInt(name.slice(1), 10) : NaN;
    if (Number.isNaN(code)) throw new Error(`an unknown entity ${whole}`);
    // A reference to a lone surrogate or a control character is not XML and would reach the text.
    if (!isXmlChar(code)) throw new Error(`a character reference ${whole} to a character XML does not allow`);
    return String.fromCodePoint(code);
  });
}

/**
 * Most elements, text nodes and attributes one part may hold. The densest .docx in our corpus has
 * 76 a kilobyte, 1.5 million in a part of the 20 MB limit; a part packed with empty elements
 * could otherwise build a tree of several gigabytes.
 */
export const MAX_NODES = 2_000_000;

/** Real documents nest a few dozen deep; far deeper is hostile and would exhaust the stack later. */
const MAX_DEPTH = 1000;

interface Frame {
  el: XElement;
  qname: string;
  /** Where this element's children begin in the parser's list of pending children. */
  first: number;
  /** Prefixes this element declares, undone when it closes. */
  declared?: string[];
}

/**
 * Parse one part into its root element; anything that is not well-formed is a DocxError.
 * With `positions`, each element records its span in `text` (a leading byte-order mark must
 * then be gone already, as the package reader's decoding removes it).
 */
export function parseXml(text: string, part: string, { positions = false }: { positions?: boolean } = {}): El {
  try {
    return parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, part, positions);
  } catch (err) {
    if (err instanceof DocxError) throw err;
    throw new DocxError('xml', { part, detail: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * One pass over the text, every character looked at a bounded number of times: tags and
 * attributes are scanned by hand, because a regular expression over them backtracks on hostile
 * input (the pattern used before took 6 s over an attribute name of 100,000 letters).
 * Namespace prefixes are kept in one map of binding stacks, so an element's declarations cost
 * what they hold, never a copy of the scope.
 */
function parse(xml: string, part: string, positions: boolean): XElement {
  const top = new XElement('', null, NONE);
  const stack: Frame[] = [{ el: top, qname: '', first: 0 }];
  // Children wait here until their parent closes, then move into one exact-size array: a tree
  // of growable arrays took half again as much memory (225 MB for a 19 MB document.xml).
  const pending: XNode[] = [];
  const names = new Interner();
  const values = new Interner();
  const bindings = new Map<string, string[]>([['xml', [XML_NS]]]);
  const lookup = (prefix: string): string | null => {
    const scope = bindings.get(prefix);
    const uri = scope?.[scope.length - 1];
    if (uri === undefined && prefix) throw new Error(`the prefix "${prefix}" is not declared`);
    return uri || null;
  };
  const close = (frame: Frame): void => {
    for (const prefix of frame.declared ?? []) bindings.get(prefix)!.pop();
    if (pending.length > frame.first) {
      frame.el.children = pending.slice(frame.first);
      pending.length = frame.first;
    }
  };
  let nodes = 0;
  const count = (n: number): void => {
    nodes += n;
    if (nodes > MAX_NODES) throw new DocxError('too-complex', { part, limit: MAX_NODES.toLocaleString('en') });
  };
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? xml.length : lt;
    if (end > i) {
      const text = xml.slice(i, end);
      if (stack.length > 1) {
        count(1);
        pending.push({ nodeType: 3, text: decode(text) });
      } else if (text.trim()) throw new Error('text outside the root element');
    }
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) {
      i = after(xml, '?>', lt, 'a processing instruction');
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      i = after(xml, '-->', lt, 'a comment');
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      i = after(xml, ']]>', lt, 'a CDATA section');
      if (stack.length > 1) {
        count(1);
        pending.push({ nodeType: 3, text: xml.slice(lt + 9, i - 3) });
      }
      continue;
    }
    if (xml.startsWith('<!', lt)) throw new Error('a document type declaration, which OOXML does not allow');
    const tag = scanTag(xml, lt);
    i = tag.end;
    const { qname } = tag;
    if (tag.closing) {
      const open = stack.pop()!;
      if (stack.length === 0 || open.qname !== qname) throw new Error(`</${qname}> where </${open.qname}> was expected`);
      if (open.el.source) open.el.source.end = i;
      close(open);
      continue;
    }
    if (stack.length === 1 && pending.some((c) => c.nodeType === 1)) throw new Error('a second root element');
    if (stack.length > MAX_DEPTH) throw new Error('elements nested too deeply');
    count(1 + tag.attrs.length);
    const frame: Frame = { el: top, qname, first: 0 };
    const raw: [string, string][] = [];
    for (const [name, value] of tag.attrs) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        const prefix = name === 'xmlns' ? '' : name.slice(6);
        const uri = decode(value);
        const scope = bindings.get(prefix);
        if (scope) scope.push(uri);
        else bindings.set(prefix, [uri]);
        (frame.declared ??= []).push(prefix);
      } else raw.push([name, value]);
    }
    const attrs = raw.length === 0 ? NONE : raw.map(([name, value]): XAttr => {
      const colon = name.indexOf(':');
      const decoded = values.get(decode(value));
      return colon < 0 ? { localName: names.get(name), namespaceURI: null, value: decoded } : { localName: names.local(name, colon), namespaceURI: lookup(name.slice(0, colon)), value: decoded };
    });
    const colon = qname.indexOf(':');
    frame.el = new XElement(colon < 0 ? names.get(qname) : names.local(qname, colon), lookup(colon < 0 ? '' : qname.slice(0, colon)), attrs);
    if (positions) frame.el.source = { start: lt, openEnd: tag.end, end: tag.end };
    pending.push(frame.el);
    frame.first = pending.length;
    if (!tag.selfClosing) stack.push(frame);
    else if (frame.declared) close(frame);
  }
  if (stack.length > 1) throw new Error(`<${stack[stack.length - 1]!.qname}> is never closed (the part is cut short)`);
  const root = pending.find((c): c is XElement => c.nodeType === 1);
  if (!root) throw new Error('no root element');
  return root;
}

/**
 * One string for each distinct short name or value (w:rsidR="00A1B2C3" recurs thousands of
 * times), so the tree holds references instead of copies. Bounded, so hostile input cannot grow it.
 */
class Interner {
  private readonly seen = new Map<string, string>();
  private readonly locals = new Map<string, string>();

  get(s: string): string {
    if (s.length > 32) return s;
    const known = this.seen.get(s);
    if (known !== undefined) return known;
    if (this.seen.size < 100_000) this.seen.set(s, s);
    return s;
  }

  /** The local part of a prefixed name, looked up by the whole name. */
  local(qname: string, colon: number): string {
    const known = this.locals.get(qname);
    if (known !== undefined) return known;
    const local = this.get(qname.slice(colon + 1));
    if (this.locals.size < 100_000) this.locals.set(qname, local);
    return local;
  }
}

interface Tag {
  closing: boolean;
  qname: string;
  /** Attribute names with their raw (undecoded) values, in document order. */
  attrs: [string, string][];
  selfClosing: boolean;
  /** Just after the closing ">". */
  end: number;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** A name runs to whitespace or to a character that ends it in a tag. */
function nameEnd(xml: string, from: number): number {
  let p = from;
  for (; p < xml.length; p++) {
    const c = xml.charCodeAt(p);
    if (isSpace(c) || c === 0x2f /* / */ || c === 0x3e /* > */ || c === 0x3d /* = */ || c === 0x3c /* < */ || c === 0x22 || c === 0x27 || c === 0x21 /* ! */ || c === 0x3f /* ? */) break;
  }
  return p;
}

function skipSpace(xml: string, from: number): number {
  let p = from;
  while (p < xml.length && isSpace(xml.charCodeAt(p))) p++;
  return p;
}

/** Scan the tag that starts at `lt`, each character once. */
function scanTag(xml: string, lt: number): Tag {
  const malformed = (): Error => new Error(`a malformed tag at character ${lt}`);
  let p = lt + 1;
  const closing = xml.charCodeAt(p) === 0x2f;
  if (closing) p++;
  const nameAt = p;
  p = nameEnd(xml, p);
  if (p === nameAt) throw malformed();
  const qname = xml.slice(nameAt, p);
  const attrs: [string, string][] = [];
  for (;;) {
    const before = p;
    p = skipSpace(xml, p);
    if (p >= xml.length) throw malformed();
    const c = xml.charCodeAt(p);
    if (c === 0x3e) return { closing, qname, attrs, selfClosing: false, end: p + 1 };
    if (c === 0x2f && !closing) {
      if (xml.charCodeAt(p + 1) !== 0x3e) throw malformed();
      return { closing, qname, attrs, selfClosing: true, end: p + 2 };
    }
    const badAttribute = (): Error => new Error(`a malformed attribute in <${qname}>`);
    if (closing || (p === before && attrs.length === 0)) throw closing ? malformed() : badAttribute();
    const at = p;
    p = nameEnd(xml, p);
    if (p === at) throw badAttribute();
    const name = xml.slice(at, p);
    p = skipSpace(xml, p);
    if (xml.charCodeAt(p) !== 0x3d) throw badAttribute();
    p = skipSpace(xml, p + 1);
    const quote = xml[p];
    if (quote !== '"' && quote !== "'") throw badAttribute();
    const close = xml.indexOf(quote, p + 1);
    if (close < 0) throw malformed();
    attrs.push([name, xml.slice(p + 1, close)]);
    p = close + 1;
  }
}

function after(xml: string, marker: string, from: number, what: string): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new Error(`${what} is never closed`);
  return at + marker.length;
}

/** Is this node a WordprocessingML element with this local name? */
export function isW(node: XElement | XText, local: string): node is El {
  return node.nodeType === 1 && node.localName === local && W.has(node.namespaceURI ?? '');
}

export function inW(el: El): boolean {
  return W.has(el.namespaceURI ?? '');
}

export function* elements(parent: El): Generator<El> {
  for (const c of parent.children) if (c.nodeType === 1) yield c;
}

export function child(parent: El | undefined, local: string): El | undefined {
  if (!parent) return undefined;
  for (const c of parent.children) if (isW(c, local)) return c;
  return undefined;
}

export function children(parent: El, local: string): El[] {
  return parent.children.filter((c): c is El => isW(c, local));
}

/** A w: attribute (w:val, w:id...), in either namespace; unprefixed ones as a fallback. */
export function wAttr(el: El | undefined, local: string): string | undefined {
  if (!el) return undefined;
  for (const a of el.attrs) if (a.localName === local && (a.namespaceURI === null || W.has(a.namespaceURI))) return a.value;
  return undefined;
}

/** The value of a child's w:val, e.g. val(pPr, 'pStyle'). */
export function val(parent: El | undefined, local: string): string | undefined {
  return wAttr(child(parent, local), 'val');
}

/** OOXML on/off: present without w:val means on; "0", "false", "off" mean off. */
export function onOff(parent: El | undefined, local: string): boolean {
  const el = child(parent, local);
  if (!el) return false;
  const v = wAttr(el, 'val');
  return v === undefined || !['0', 'false', 'off'].includes(v);
}
