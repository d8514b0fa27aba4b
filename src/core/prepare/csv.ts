/**
 * CSV as RFC 4180 defines it (CRLF line ends, fields with a comma, quote or line break in quotes,
 * quotes doubled), with a UTF-8 byte order mark so spreadsheet programs read Chinese text correctly.
 * A cell that starts like a formula (=, +, -, @, tab, carriage return) is prefixed with an
 * apostrophe, so opening the file never runs what a recipient or file name smuggled in (OWASP's
 * advice on CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
