import { t, type Locale } from '../i18n';
import type { ParagraphSpan } from './clause-span';
import { clauseName } from './outcomes';
import type { ConformSpan } from './twin-apart';

/**
 * The note on a clause's Chinese version, as the redline's comment and Word's say it: our fix
 * changed the English of `english`, the Chinese is to say the same, and where it prevails it
 * governs until it does.
 */
export function conformNote(english: ParagraphSpan, conform: ConformSpan, locale: Locale): string {
  return withPrevails(t(locale, 'io.redline.conform', { clause: clauseName(english, locale) }), conform, locale);
}

/** The same request as a line under the proposed text of the issues list and the report. */
export function conformLine(english: ParagraphSpan, conform: ConformSpan, locale: Locale): string {
  return withPrevails(t(locale, 'io.issues.conform', { clause: clauseName(english, locale) }), conform, locale);
}

function withPrevails(note: string, conform: ConformSpan, locale: Locale): string {
  return conform.prevails ? `${note}${locale === 'zh-CN' ? '' : ' '}${t(locale, 'io.redline.conformPrevails')}` : note;
}
