import { issueCells, type IssuesList } from '../../core/fix';

/** A byte-order mark: without it Excel reads UTF-8 as the local code page and garbles Chinese. */
const BOM = '\uFEFF';

/**
 * The issues list as CSV (RFC 4180): the header row, then one record per point, CRLF between
 * records, every field quoted so the line breaks and commas of clause text survive.
 */
export function writeIssuesCsv(list: IssuesList): Uint8Array {
  const lines = issueCells(list).map((row) => row.map((cell) => `"${neutralised(cell).replace(/"/g, '""')}"`).join(','));
  return new TextEncoder().encode(`${BOM}${lines.join('\r\n')}\r\n`);
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula,
 * so a hostile draft could plant one in a quote: such a cell is led by an apostrophe and shown as text.
 */
function neutralised(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
