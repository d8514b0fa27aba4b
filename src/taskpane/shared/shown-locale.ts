import type { Locale } from '../../core/i18n';

/**
 * The language the pane shows, for what the host writes into the document (comments): the one
 * it opened in until another has loaded, then that one. `load` loads a language's messages and
 * records it once loaded; where two are asked in turn, the later one asked wins however they load.
 */
export function shownLocale(opening: Locale, loadLocale: (locale: Locale) => Promise<void>): { current: () => Locale; load: (locale: Locale) => Promise<void> } {
  let shown = opening;
  let asked = opening;
  return {
    current: () => shown,
    load: async (locale) => {
      asked = locale;
      await loadLocale(locale);
      if (asked === locale) shown = locale;
    },
  };
}
