import { t, type Locale } from '../../core/i18n';
import type { Library } from '../../core/library';
import { isRoleOf, type ScenarioId } from '../../core/scenarios';

/** The library's bilingual fields are keyed en / zh. */
export function lang(locale: Locale): 'en' | 'zh' {
  return locale === 'zh-CN' ? 'zh' : 'en';
}

/** The library's title for a scenario, else the review's name for it (the library may be loading or refused). */
export function scenarioTitle(library: Library | null, id: ScenarioId, locale: Locale): string {
  const name = library?.scenarios.find((s) => s.id === id)?.title[lang(locale)] ?? t(locale, `review.scenario.name.${id}`);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A variant has only an id ("running-royalty"); read as words it is "Running royalty". */
export function variantName(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function roleLabel(library: Library | null, scenario: ScenarioId, role: string, locale: Locale): string {
  const label = library?.scenarios.find((s) => s.id === scenario)?.roles.find((r) => r.id === role)?.label[lang(locale)];
  return label ?? (isRoleOf(scenario, role) ? t(locale, `ui.role.${role}`) : role);
}
