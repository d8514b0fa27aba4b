import type { RenderedSchedule } from '../agreement/rendered';
import { byDate, CLASSIFICATIONS, ITEM_KINDS, type Classification, type DisclosureItem, type ItemKind } from './record';
import { t, type Locale, type MessageKey } from '../i18n';

export const COLUMNS = ['number', 'item', 'kind', 'classification', 'purpose', 'recipient', 'approver', 'date', 'sha256'] as const;
export type Column = (typeof COLUMNS)[number];

/** How a record's table is worded: the agreement's words (library.yaml) or the user's language. */
export interface RecordWords {
  columns: Record<Column, string>;
  kinds: Record<ItemKind, string>;
  classifications: Record<Classification, string>;
}

export const DISCLOSURE_SCHEDULE = 'disclosure-record';

/** The record as rows, by date, one cell per column; a batch of samples has no fingerprint. */
export function recordRows(items: readonly DisclosureItem[], words: RecordWords): string[][] {
  return byDate(items).map((d, i) => [
    String(i + 1),
    d.item,
    words.kinds[d.kind],
    words.classifications[d.classification],
    d.purpose,
    d.recipient,
    d.approver,
    d.date,
    d.sha256 ?? '',
  ]);
}

/** The record as the agreement's schedule, in the agreement's words; `title` and `intro` are already filled. */
export function disclosureSchedule(items: readonly DisclosureItem[], words: RecordWords & { title: string; intro: string }): RenderedSchedule {
  return {
    id: DISCLOSURE_SCHEDULE,
    title: words.title,
    intro: [words.intro],
    columns: COLUMNS.map((c) => words.columns[c]),
    rows: recordRows(items, words),
    monospace: COLUMNS.indexOf('sha256'),
  };
}

/** The record's headings and words in the user's language, for the exports. */
export function recordWordsIn(locale: Locale): RecordWords {
  const m = (key: MessageKey) => t(locale, key);
  return {
    columns: Object.fromEntries(COLUMNS.map((c) => [c, m(`prepare.record.column.${c}`)])) as Record<Column, string>,
    kinds: Object.fromEntries(ITEM_KINDS.map((k) => [k, m(`prepare.record.kind.${k}`)])) as Record<ItemKind, string>,
    classifications: Object.fromEntries(CLASSIFICATIONS.map((c) => [c, m(`prepare.record.classification.${c}`)])) as Record<Classification, string>,
  };
}
