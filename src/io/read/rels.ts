import type { DocxPackage } from './package';
import { elements, parseXml } from './xml';

export interface Relationship {
  id: string;
  /** The last segment of the relationship type: "officeDocument", "styles", "footnotes"... */
  kind: string;
  /** Resolved part path inside the package, without a leading slash. */
  target: string;
  external: boolean;
}

/**
 * The relationships of a part ("" for the package itself). Types are matched on their last
 * segment so Transitional (schemas.openxmlformats.org) and Strict (purl.oclc.org) both resolve.
 */
export async function readRels(pkg: DocxPackage, sourcePart: string): Promise<Relationship[]> {
  const dir = sourcePart.includes('/') ? sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1) : '';
  const name = sourcePart.slice(dir.length);
  const relsPath = `${dir}_rels/${name}.rels`;
  const text = await pkg.text(relsPath);
  if (text === null) return [];
  const root = parseXml(text, relsPath);
  const out: Relationship[] = [];
  for (const el of elements(root)) {
    if (el.localName !== 'Relationship') continue;
    const type = el.getAttribute('Type') ?? '';
    const target = el.getAttribute('Target') ?? '';
    const external = el.getAttribute('TargetMode') === 'External';
    out.push({
      id: el.getAttribute('Id') ?? '',
      kind: type.slice(type.lastIndexOf('/') + 1),
      target: external ? target : resolvePath(dir, target),
      external,
    });
  }
  return out;
}

function resolvePath(dir: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is a literal character in the part name.
  }
  const parts = (decoded.startsWith('/') ? decoded.slice(1) : dir + decoded).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
