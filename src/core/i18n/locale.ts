export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Map an Office or browser language tag ("zh-cn", "zh-Hans-CN", "en-GB") or a POSIX locale
 * ("zh_CN.UTF-8") to a supported locale.
 */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^zh(?![a-z])/i.test(tag) ? 'zh-CN' : 'en';
}
