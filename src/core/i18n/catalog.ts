import type { Locale } from './locale';
import { areas } from './areas';

// The message tables, every language at once: the command line, the tests and the worker read them
// here. The browser's pages get a module of their own in its place (scripts/catalog-loader.cjs): the
// English table built in, the Chinese one fetched when the reader's language is Chinese.
const tables: Record<Locale, Record<string, string>> = {
  en: Object.assign({}, ...areas.map((a) => a.en)),
  'zh-CN': Object.assign({}, ...areas.map((a) => a.zh)),
};

/** The language's table, where it is loaded (here always). */
export function loadedTable(locale: Locale): Readonly<Record<string, string>> | undefined {
  return tables[locale];
}

/** Loads the language's table where it is not built in (the browser); at once here. */
export function loadLocale(_locale: Locale): Promise<void> {
  return Promise.resolve();
}

/** Loads what a page draws before its views (the browser's workspace); at once here. */
export function firstPaint(_locale: Locale): Promise<void> {
  return Promise.resolve();
}
