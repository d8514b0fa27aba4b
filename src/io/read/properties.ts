import { elements, parseXml } from './xml';

const CORE = ['title', 'subject', 'creator', 'keywords', 'description', 'lastModifiedBy', 'category', 'created', 'modified', 'contentStatus'];

/** docProps/core.xml (Dublin Core and OPC core properties) into name → text. */
export function readCoreProperties(text: string, part: string, into: Record<string, string>): void {
  const root = parseXml(text, part);
  for (const el of elements(root)) {
    const value = (el.textContent).trim();
    if (value && CORE.includes(el.localName)) into[el.localName] = value;
  }
}

/** docProps/custom.xml: each property's name and the text of its one typed value. */
export function readCustomProperties(text: string, part: string, into: Record<string, string>): void {
  const root = parseXml(text, part);
  for (const el of elements(root)) {
    const name = el.getAttribute('name');
    const value = elements(el).next().value;
    if (name && value) into[name] = value.textContent;
  }
}
