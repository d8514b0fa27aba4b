import type { ContentControlRef } from '../../core/document';
import { child, type El, elements, isW, MC, val } from './xml';

/** Small look-ups on WordprocessingML elements that the body reader needs. */

/** A content control's tag and title (w:alias), when it has either. */
export function controlOf(sdt: El): ContentControlRef | undefined {
  const pr = child(sdt, 'sdtPr');
  const tag = val(pr, 'tag');
  const title = val(pr, 'alias');
  if (!tag && !title) return undefined;
  return { ...(tag ? { tag } : {}), ...(title ? { title } : {}) };
}

/** Table rows or cells, looking through the content controls and custom XML that may wrap them. */
export function* unwrap(parent: El, local: 'tr' | 'tc'): Generator<El> {
  for (const el of elements(parent)) {
    if (isW(el, local)) yield el;
    else if (isW(el, 'sdt')) {
      const content = child(el, 'sdtContent');
      if (content) yield* unwrap(content, local);
    } else if (isW(el, 'customXml')) yield* unwrap(el, local);
  }
}

export function rowText(tr: El): string {
  const parts: string[] = [];
  const walk = (n: El): void => {
    for (const el of elements(n)) {
      if (isW(el, 't') || isW(el, 'delText')) parts.push(el.textContent);
      else if (isW(el, 'instrText') || isW(el, 'delInstrText')) continue;
      else walk(el);
    }
  };
  walk(tr);
  return parts.join('');
}

/** mc:AlternateContent: read the first mc:Choice (what Word itself writes), else the fallback. */
export function chooseBranch(alt: El): El | undefined {
  let fallback: El | undefined;
  for (const el of elements(alt)) {
    if (el.namespaceURI !== MC) continue;
    if (el.localName === 'Choice') return el;
    if (el.localName === 'Fallback') fallback = el;
  }
  return fallback;
}

export function findTextBoxes(el: El, into: El[]): void {
  for (const c of elements(el)) {
    if (c.namespaceURI === MC && c.localName === 'AlternateContent') {
      const branch = chooseBranch(c);
      if (branch) findTextBoxes(branch, into);
    } else if (isW(c, 'txbxContent')) into.push(c);
    else findTextBoxes(c, into);
  }
}

/** w:sym: Symbol-font characters are stored in the private use area (F020-F0FF). */
export function symbol(hex: string | undefined): string {
  if (!hex) return '';
  const code = parseInt(hex, 16);
  if (Number.isNaN(code)) return '';
  return String.fromCharCode(code >= 0xf020 && code <= 0xf0ff ? code - 0xf000 : code);
}
