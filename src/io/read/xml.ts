import { DOMParser } from '@xmldom/xmldom';
import { DocxError } from '../errors';

/**
 * XML parsing for OOXML parts. @xmldom/xmldom gives the same namespace-aware DOM in Node and in
 * the browser (mammoth depends on it too), so the reader has one code path everywhere.
 * Elements are matched by namespace URI and local name, never by prefix: ISO Strict documents use
 * other namespace URIs, and some tools write other prefixes.
 */
export type El = Element;

const W_TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const R_TRANSITIONAL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const R_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const W = new Set([W_TRANSITIONAL, W_STRICT]);
const R = new Set([R_TRANSITIONAL, R_STRICT]);

/**
 * Parse one part. xmldom 0.8 recovers from mis-nested or unclosed tags and only warns; Word
 * refuses such a file, and a recovered tree could silently lose text, so every report is fatal.
 */
export function parseXml(text: string, part: string): Document {
  let fatal: string | undefined;
  const report = (msg: string): void => void (fatal ??= msg.replace(/^\[xmldom \w+\]\s*/, ''));
  const parser = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } });
  const doc = parser.parseFromString(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 'application/xml');
  if (fatal || !doc.documentElement) throw new DocxError('xml', { part, detail: (fatal ?? 'no root element').split('\n')[0]! });
  return doc;
}

/** Is this node a WordprocessingML element with this local name? */
export function isW(node: Node, local: string): node is El {
  return node.nodeType === 1 && (node as El).localName === local && W.has((node as El).namespaceURI ?? '');
}

export function inW(el: El): boolean {
  return W.has(el.namespaceURI ?? '');
}

export function* elements(parent: Node): Generator<El> {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) yield n as El;
}

export function child(parent: Node | null | undefined, local: string): El | undefined {
  if (!parent) return undefined;
  for (let n = parent.firstChild; n; n = n.nextSibling) if (isW(n, local)) return n;
  return undefined;
}

export function children(parent: Node, local: string): El[] {
  const out: El[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (isW(n, local)) out.push(n);
  return out;
}

/** A w: attribute (w:val, w:id...), in either namespace; unprefixed ones as a fallback. */
export function wAttr(el: El | undefined, local: string): string | undefined {
  if (!el) return undefined;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i)!;
    if (a.localName === local && (a.namespaceURI === null || W.has(a.namespaceURI))) return a.value;
  }
  return undefined;
}

/** An r:id style attribute (relationship namespace, either flavour). */
export function rAttr(el: El, local: string): string | undefined {
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i)!;
    if (a.localName === local && R.has(a.namespaceURI ?? '')) return a.value;
  }
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

export function textOf(el: Node): string {
  return el.textContent ?? '';
}
