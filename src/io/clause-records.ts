import type { DocClauseRecord } from '../core/document';
import { elements, parseXml } from './read/xml';

/**
 * Our clause records as a custom XML part, the one format the .docx writer, the .docx reader and
 * the Word host (document.customXmlParts) share, so the records travel with the file:
 *
 *   <clauses xmlns="urn:clausewright:clauses:v1">
 *     <clause tag="cw|ip-foreground|sole-a|1.2.0" id="ip-foreground" variant="sole-a" version="1.2.0" title="Foreground IP">
 *       <value name="partyA">Cellforge Ltd</value>
 *       <fingerprint>9a3c01fe</fingerprint>
 *     </clause>
 *   </clauses>
 */
export const CLAUSES_NS = 'urn:clausewright:clauses:v1';

export type ClauseRecordMap = Record<string, DocClauseRecord>;

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot hold are dropped rather than written as a part Word would refuse.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export function clauseRecordsXml(records: ClauseRecordMap): string {
  const clauses = Object.entries(records).map(([tag, r]) => {
    const values = Object.entries(r.values).map(([name, v]) => `<value name="${escapeXml(name)}">${escapeXml(v)}</value>`);
    const prints = r.fingerprints.map((f) => `<fingerprint>${escapeXml(f)}</fingerprint>`);
    const attrs = `tag="${escapeXml(tag)}" id="${escapeXml(r.clauseId)}" variant="${escapeXml(r.variantId)}" version="${escapeXml(r.version)}" title="${escapeXml(r.title)}"${r.proposed ? ' proposed="true"' : ''}`;
    return `<clause ${attrs}>${[...values, ...prints].join('')}</clause>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<clauses xmlns="${CLAUSES_NS}">${clauses.join('')}</clauses>`;
}

/** The records in a part, or null when it is not ours; a malformed clause entry is skipped, not trusted. */
export function parseClauseRecordsXml(text: string, part = 'customXml'): ClauseRecordMap | null {
  let root;
  try {
    root = parseXml(text, part);
  } catch {
    return null;
  }
  if (root.localName !== 'clauses' || root.namespaceURI !== CLAUSES_NS) return null;
  const out: ClauseRecordMap = {};
  for (const el of elements(root)) {
    if (el.localName !== 'clause' || el.namespaceURI !== CLAUSES_NS) continue;
    const [tag, clauseId, variantId, version, title] = ['tag', 'id', 'variant', 'version', 'title'].map((a) => el.getAttribute(a));
    if (!tag || !clauseId || !variantId || version === null || title === null) continue;
    const values: Record<string, string> = {};
    const fingerprints: string[] = [];
    for (const c of elements(el)) {
      if (c.namespaceURI !== CLAUSES_NS) continue;
      const name = c.getAttribute('name');
      if (c.localName === 'value' && name !== null) values[name] = c.textContent;
      else if (c.localName === 'fingerprint') fingerprints.push(c.textContent.trim());
    }
    out[tag] = { clauseId, variantId, version: version ?? '', title: title ?? '', values, fingerprints, ...(el.getAttribute('proposed') === 'true' ? { proposed: true as const } : {}) };
  }
  return out;
}
