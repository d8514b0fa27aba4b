import type { Locale } from './locale';
import { common } from './messages/common';
import { library } from './messages/library';
import { build } from './messages/build';
import { review } from './messages/review';
import { reviewDrafting } from './messages/review-drafting';
import { reviewOneSided } from './messages/review-one-sided';
import { reviewZh } from './messages/review-zh';
import { io } from './messages/io';
import { host } from './messages/host';
import { ui } from './messages/ui';
import { uiBuild } from './messages/ui-build';
import { support } from './messages/support';
import { cli } from './messages/cli';
import { fix } from './messages/fix';
import { issues } from './messages/issues';
import { rules } from './messages/rules';
import { prepare } from './messages/prepare';
import { uiPrepare } from './messages/ui-prepare';

/**
 * The message catalog: every user-facing string, English and Simplified Chinese.
 * Each area keeps its own file under messages/ and is merged here.
 */
const areas = [common, library, build, review, reviewOneSided, reviewDrafting, reviewZh, io, host, ui, uiBuild, support, cli, fix, issues, rules, prepare, uiPrepare] as const;

type AreaKeys<T> = T extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = AreaKeys<(typeof areas)[number]>;

const en: Record<string, string> = Object.assign({}, ...areas.map((a) => a.en));
const zh: Record<string, string> = Object.assign({}, ...areas.map((a) => a.zh));

export type MessageParams = Record<string, string | number>;

export function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const table = locale === 'zh-CN' ? zh : en;
  return format(table[key] ?? en[key] ?? key, params);
}

export { type Locale, LOCALES, toLocale } from './locale';
