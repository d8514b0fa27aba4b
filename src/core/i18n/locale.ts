export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Map an Office or browser language tag ("zh-cn", "zh-Hans-CN", "en-GB") to a supported locale. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^zh\b/i.test(tag) ? 'zh-CN' : 'en';
}
