import type { El } from '../read/xml';

/** Characters XML 1.0 cannot hold at all: dropped, since no escape can carry them. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeText(s: string): string {
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** An element's name as written in the source ("w:t"), read at its start tag. */
export function qnameAt(source: string, el: El): string {
  const from = el.source!.start + 1;
  let end = from;
  while (end < source.length && !/[\s/>]/.test(source[end]!)) end++;
  return source.slice(from, end);
}

/** Where an element's end tag starts; for a self-closing element, its end. */
export function closeStart(source: string, el: El): number {
  const { openEnd, end } = el.source!;
  return openEnd === end ? end : source.lastIndexOf('</', end - 1);
}

/** Who made a change and when, as Word records it on w:ins, w:del and w:comment. */
export interface ChangeMark {
  author: string;
  /** ISO 8601 in UTC, without fractions of a second (as Word writes it). */
  date: string;
}

/**
 * WordprocessingML written with the prefix the document itself binds to the main namespace, so
 * the new markup reads in the scope it is spliced into. A document that uses the namespace as
 * its default (no prefix) gets "w" declared on each new element.
 */
/** The main namespace of ISO strict WordprocessingML, where some attributes have other names ("start" for "left"). */
export const STRICT_W = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

export class WordMarkup {
  private readonly p: string;
  private readonly decl: string;

  constructor(
    prefix: string,
    readonly namespace: string,
  ) {
    this.p = prefix || 'w';
    this.decl = prefix ? '' : ` xmlns:w="${escapeAttr(namespace)}"`;
  }

  get strict(): boolean {
    return this.namespace === STRICT_W;
  }

  /** A qualified name: "w:ins". */
  n(local: string): string {
    return `${this.p}:${local}`;
  }

  /** A start tag (self-closing with `empty`), with attributes in the main namespace. */
  tag(local: string, attrs: Record<string, string | number> = {}, empty = false): string {
    const a = Object.entries(attrs)
      .map(([k, v]) => ` ${k === 'xml:space' ? k : this.n(k)}="${escapeAttr(String(v))}"`)
      .join('');
    return `<${this.n(local)}${this.decl}${a}${empty ? '/>' : '>'}`;
  }

  end(local: string): string {
    return `</${this.n(local)}>`;
  }

  changeAttrs(id: number, mark: ChangeMark): Record<string, string | number> {
    return { id, author: mark.author, date: mark.date };
  }

  /** Runs for a line of text: tabs and line breaks as Word's own elements, everything else escaped. */
  runs(text: string, rPr: string): string {
    const out: string[] = [];
    for (const part of text.split(/(\t|\n)/)) {
      if (part === '') continue;
      const inner = part === '\t' ? this.tag('tab', {}, true) : part === '\n' ? this.tag('br', {}, true) : `${this.tag('t', { 'xml:space': 'preserve' })}${escapeText(part)}${this.end('t')}`;
      out.push(`${this.tag('r')}${rPr}${inner}${this.end('r')}`);
    }
    return out.join('');
  }
}
