import { conformNote } from '../../core/fix/conform-note';
import type { ParagraphSpan } from '../../core/fix/clause-span';
import { clauseName } from '../../core/fix/outcomes';
import type { ConformSpan } from '../../core/fix/twin-apart';
import type { Locale } from '../../core/i18n';
import { languageOf } from '../../core/review/bilingual/pairs';
import type { WParagraph, WRange } from './api';

/**
 * Where apply-fix comments that the clause's Chinese version is to be conformed to the English fix
 * (core's `conform`, moved by `shift` as the clause is), and the comment's words. No range where
 * those paragraphs are not Chinese now (blank ones aside): the draft changed since it was read, and a comment on
 * other text would mislead; the user is told which clause to conform instead.
 */
export function conformRange(items: readonly WParagraph[], texts: readonly string[], english: ParagraphSpan, conform: ConformSpan, shift: number, locale: Locale): { range?: WRange; note: string; clause: string } {
  const first = conform.first + shift;
  const last = conform.last + shift;
  const note = conformNote(english, conform, locale);
  const clause = clauseName(english, locale);
  const chinese = first >= 0 && last < texts.length && texts.slice(first, last + 1).every((x) => languageOf(x) !== 'en') && texts.slice(first, last + 1).some((x) => languageOf(x) === 'zh');
  // Taken before anything goes in: insertions move the paragraphs after them.
  return chinese ? { range: items[first]!.getRange('Whole').expandTo(items[last]!.getRange('Whole')), note, clause } : { note, clause };
}
