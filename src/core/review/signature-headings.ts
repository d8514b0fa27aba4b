import type { DocModel } from '../document';
import type { Definition } from './context';

// A signature table's row for a signature: "Signature", "Signed", "By", "Print Name".
const SIGNATURE_ROW = /^(?:Signature|Signed|By|Print\s+Name|Name\s+of\s+Signatory)\b/i;
// A heading over a signer's column in capitals: "RECIPIENT", "PARTY 1", "DISCLOSING PARTY", also
// with the party's name or a field for it after a colon: "CUSTOMER: {company_name}", "PROVIDER: Acme Inc.".
const HEADING = /^([A-Z][A-Z0-9&.' -]{2,40}?)\s{0,3}(?::\s{0,3}\S.{0,80})?$/;

/** The heading's label, before any colon: "CUSTOMER" of "CUSTOMER: {company_name}". */
function label(text: string): string {
  return HEADING.exec(text.trim())?.[1] ?? '';
}

/** "RECIPIENT" as the draft uses it in its terms: "Recipient". */
function titleCase(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/(^|\s)([a-z])/g, (_, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
}

/**
 * The parties a cover page names by the headings of its signature table: a form that introduces its
 * parties only as "Discloser and Recipient are each identified on the Cover Page" sets "RECIPIENT"
 * over the column that recipient signs. Each heading over a table with a signature row names the
 * party the terms call by that word, where the terms use it ("Recipient shall …"); `used` tells
 * which words the terms use as terms.
 */
export function signatureHeadings(doc: DocModel, used: (terms: readonly string[]) => Set<string>): Definition[] {
  const signed = new Set<number>();
  for (const p of doc.paragraphs) if (p.table && p.table.cell === 0 && SIGNATURE_ROW.test(p.text.trim())) signed.add(p.table.table);
  if (signed.size === 0) return [];
  const headings = doc.paragraphs.filter((p) => p.table && p.table.row === 0 && signed.has(p.table.table) && HEADING.test(p.text.trim()));
  const terms = used(headings.map((p) => titleCase(label(p.text))));
  return headings
    .filter((p) => terms.has(titleCase(label(p.text))))
    .map((p) => {
      const start = p.text.indexOf(label(p.text));
      return { term: titleCase(label(p.text)), paragraph: p.index, start, end: start + label(p.text).length, text: p.text };
    });
}
