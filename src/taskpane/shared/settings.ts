import { LOCALES, type Locale } from '../../core/i18n/locale';
import { OPT_IN_RULE_IDS } from '../../core/review/rules/opt-in';
import { COUNTRY_CODES } from '../../core/review/countries';

export type Side = 'A' | 'B';

/** What the user sets once: who we are, the usual role we take, the language, an organisation library. */
export interface Settings {
  companyName: string;
  /**
   * The side we usually take: A shares its technology, samples or information, B receives them
   * (the first and second role of every scenario in src/core/scenarios.ts). '' when not set.
   */
  usualSide: Side | '';
  /** null follows Office's display language (or the browser's, in the workspace). */
  locale: Locale | null;
  /** Where the organisation clause library was loaded from, when one is in use. */
  libraryUrl: string;
  /** Opt-in review rules the user switched on (ids from OPT_IN_RULE_IDS). */
  enabledRules: string[];
  /**
   * Where our company is established, a country code the review knows, for drafts that do not say
   * where our party is; '' follows the organisation library's `review.established`, else China.
   */
  established: string;
}

export const DEFAULT_SETTINGS: Settings = { companyName: '', usualSide: '', locale: null, libraryUrl: '', enabledRules: [], established: '' };

export const SETTINGS_KEY = 'clausewright.settings';

/** Stored settings are user data from an older version, perhaps: keep what is valid, default the rest. */
export function parseSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    companyName: str(o.companyName),
    usualSide: o.usualSide === 'A' || o.usualSide === 'B' ? o.usualSide : '',
    locale: (LOCALES as readonly unknown[]).includes(o.locale) ? (o.locale as Locale) : null,
    libraryUrl: str(o.libraryUrl),
    enabledRules: Array.isArray(o.enabledRules) ? o.enabledRules.filter((id): id is string => OPT_IN_RULE_IDS.includes(id as string)) : [],
    established: COUNTRY_CODES.includes(o.established as string) ? (o.established as string) : '',
  };
}
