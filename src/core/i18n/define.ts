/**
 * One area's messages: English is the source of the keys, Chinese must provide every key.
 * Placeholders are written {name} and filled by `format`.
 */
export type Catalog<K extends string> = { en: Record<K, string>; zh: Record<K, string> };

export function defineMessages<const E extends Record<string, string>>(
  en: E,
  zh: Record<keyof E & string, string>,
): Catalog<keyof E & string> {
  return { en, zh };
}
