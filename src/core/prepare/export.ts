import { t, type Locale } from '../i18n';
import { toCsv } from './csv';
import type { SimpleDoc } from './document';
import type { Classification, DisclosureItem } from './record';
import { COLUMNS, recordRows, recordWordsIn } from './schedule';

/** The disclosure record on its own, in the user's language, as a short .docx-ready document. */
export function disclosureRecordDoc(items: readonly DisclosureItem[], deal: string, today: string, locale: Locale): SimpleDoc {
  const words = recordWordsIn(locale);
  return {
    title: t(locale, 'prepare.recordDoc.title', { deal }),
    blocks: [
      { kind: 'paragraph', text: t(locale, 'prepare.recordDoc.made', { today, count: items.length }) },
      { kind: 'paragraph', text: t(locale, 'prepare.recordDoc.fingerprints'), italic: true },
      { kind: 'table', columns: COLUMNS.map((c) => words.columns[c]), rows: recordRows(items, words) },
    ],
  };
}

/** The disclosure record as CSV, with headings in the user's language. */
export function disclosureRecordCsv(items: readonly DisclosureItem[], locale: Locale): string {
  const words = recordWordsIn(locale);
  return toCsv(COLUMNS.map((c) => words.columns[c]), recordRows(items, words));
}

/** The classification marking for the header of a document sent under the agreement. */
export function markingText(classification: Classification, recipient: string, agreementDate: string | undefined, locale: Locale): string {
  return t(locale, 'prepare.marking.text', {
    classification: recordWordsIn(locale).classifications[classification],
    recipient: recipient.trim(),
    date: agreementDate || t(locale, 'prepare.marking.noDate'),
  });
}
