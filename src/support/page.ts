import { type Locale, type MessageKey, t } from '../core/i18n';

const SECTIONS = ['what', 'needs', 'privacy', 'help'] as const;

/** The support page's text in one language, from the message catalog. */
export function supportPage(locale: Locale): { title: string; sections: { heading: string; body: string }[]; workspace: string } {
  return {
    title: t(locale, 'support.title'),
    sections: SECTIONS.map((s) => ({ heading: t(locale, `support.${s}.heading` as MessageKey), body: t(locale, `support.${s}.body` as MessageKey) })),
    workspace: t(locale, 'support.workspace'),
  };
}
