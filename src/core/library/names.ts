import { t, type Locale } from '../i18n';
import { isRoleOf, type ScenarioId } from '../scenarios';
import type { Library } from './library';

/** The library's bilingual fields are keyed en / zh. */
export function lang(locale: Locale): 'en' | 'zh' {
  return locale === 'zh-CN' ? 'zh' : 'en';
}

/** A clause's title in the reader's language: its Chinese title where the library has one. */
export function clauseTitle(clause: { title: string; titleZh?: string | undefined }, locale: Locale): string {
  return locale === 'zh-CN' && clause.titleZh ? clause.titleZh : clause.title;
}

/** A variant's text in the reader's language: its Chinese text where the library has one. */
export function variantText(variant: { text: string; textZh?: string | undefined }, locale: Locale): { text: string; lang: 'en' | 'zh' } {
  return locale === 'zh-CN' && variant.textZh ? { text: variant.textZh, lang: 'zh' } : { text: variant.text, lang: 'en' };
}

/**
 * A variant's name in the reader's language: its Chinese name where the library has one; in English
 * its id read as words ("running-royalty" is "Running royalty").
 */
export function variantName(variant: { id: string; nameZh?: string | undefined }, locale: Locale): string {
  if (locale === 'zh-CN' && variant.nameZh) return variant.nameZh;
  const words = variant.id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The library's title for a scenario, else the review's name for it (the library may be loading or refused). */
export function scenarioTitle(library: Library | null | undefined, id: ScenarioId, locale: Locale): string {
  const name = library?.scenarios.find((s) => s.id === id)?.title[lang(locale)] ?? t(locale, `review.scenario.name.${id}`);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Our side in words, as the library labels it for the scenario ("We build it for them"). */
export function roleLabel(library: Library | null | undefined, scenario: ScenarioId, role: string, locale: Locale): string {
  const label = library?.scenarios.find((s) => s.id === scenario)?.roles.find((r) => r.id === role)?.label[lang(locale)];
  return label ?? (isRoleOf(scenario, role) ? t(locale, `ui.role.${role}`) : role);
}
