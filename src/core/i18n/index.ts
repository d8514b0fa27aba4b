import type { Locale } from './locale';
import type { areas } from './areas';
import { loadedTable } from './catalog';

type AreaKeys<T> = T extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = AreaKeys<(typeof areas)[number]>;

export { firstPaint, loadLocale } from './catalog';

/**
 * A value a message is filled with. Words that depend on the reader's language (quotation marks, a
 * list's "and", another message) are kept as phrases and put in words only when the message is, so
 * a message kept with its parameters can be worded again in another language.
 */
export type Param = string | number | Phrase;
export type Phrase =
  /** Words quoted from a draft, in the reader's quotation marks. */
  | { quote: string }
  /** "A, B and C", or "A, B and 3 more" past `max`; `joiner` joins them as written instead ("A / B"). */
  | { list: readonly Param[]; max?: number; joiner?: string }
  /** Another message of the catalog. */
  | { say: MessageKey; params?: MessageParams }
  /** Words counsel wrote in both languages (a playbook's own why). */
  | Bilingual;

/** Text written in English and Simplified Chinese, as library data gives it. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}
export type MessageParams = Record<string, Param>;

/** A message kept as its key and parameters, to be put in words in any language. */
export interface Wording {
  key: MessageKey;
  params?: MessageParams;
}

export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  // A language not loaded yet (the browser fetches Chinese when it is chosen) reads as English.
  const en = loadedTable('en')!;
  const table = loadedTable(locale) ?? en;
  return format(table[key] ?? en[key] ?? key, params && wordParams(locale, params));
}

/** A kept message in the reader's language. */
export function say(locale: Locale, wording: Wording): string {
  return t(locale, wording.key, wording.params);
}

function wordParams(locale: Locale, params: MessageParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) out[name] = word(locale, value);
  return out;
}

function word(locale: Locale, p: Param): string | number {
  if (typeof p !== 'object') return p;
  if ('quote' in p) {
    const w = p.quote.replace(/\s+/g, ' ').trim();
    return locale === 'zh-CN' ? `“${w}”` : `"${w}"`;
  }
  if ('say' in p) return t(locale, p.say, p.params);
  if ('en' in p) return locale === 'zh-CN' ? p.zh : p.en;
  const items = p.list.map((item) => String(word(locale, item)));
  if (p.joiner !== undefined) return items.join(p.joiner);
  return listed(locale, items, p.max ?? 6);
}

/** A short list in the reader's language. */
function listed(locale: Locale, items: readonly string[], max: number): string {
  const zh = locale === 'zh-CN';
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  const sep = zh ? '、' : ', ';
  if (rest > 0) return zh ? `${shown.join(sep)}等 ${items.length} 项` : `${shown.join(sep)} and ${rest} more`;
  if (shown.length < 2) return shown.join('');
  return `${shown.slice(0, -1).join(sep)}${zh ? '和' : ' and '}${shown[shown.length - 1]}`;
}

export { type Locale, LOCALES, toLocale } from './locale';
