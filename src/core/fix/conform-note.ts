import { listWords } from '../agreement/values';
import type { RenderedClause } from '../agreement/rendered';
import { t, type Locale } from '../i18n';
import type { PartReplaced } from './kept-part';
import type { ParagraphSpan } from './clause-span';
import { clauseName } from './outcomes';
import type { ConformSpan } from './twin-apart';

/**
 * The note on a clause's Chinese version, as the redline's comment and Word's say it: our fix
 * changed the English of `english`, the Chinese is to say the same, and where it prevails it
 * governs until it does.
 */
export function conformNote(english: ParagraphSpan, conform: ConformSpan, locale: Locale): string {
  return withPrevails(t(locale, 'io.redline.conform', { clause: clauseName(english, locale) }), Boolean(conform.prevails), locale);
}

/** The same request as a line under the proposed text of the issues list and the report. */
export function conformLine(english: ParagraphSpan, conform: ConformSpan, locale: Locale): string {
  return withPrevails(t(locale, 'io.issues.conform', { clause: clauseName(english, locale) }), Boolean(conform.prevails), locale);
}

/** Under a new section proposed in English for a draft that gives its English and Chinese apart. */
export function newSectionLine(prevails: boolean, locale: Locale): string {
  return withPrevails(t(locale, 'io.issues.conformNew'), prevails, locale);
}

/** On the Chinese cell of a new row of a two-column table: the new clause's Chinese text is to be added there. */
export function newClauseNote(label: string, prevails: boolean, locale: Locale): string {
  return withPrevails(t(locale, 'io.redline.conformNew', { clause: t(locale, 'io.report.sectionLabel', { label }) }), prevails, locale);
}

/** On the last Chinese provision of a draft whose whole English comes first: the Chinese of our new sections is to be added after it. */
export function newHalfNote(labels: readonly string[], prevails: boolean, locale: Locale): string {
  const clauses = labels.map((label) => t(locale, 'io.report.sectionLabel', { label })).join(locale === 'zh-CN' ? '、' : ', ');
  return withPrevails(t(locale, 'io.redline.conformNewHalf', { clauses }), prevails, locale);
}

function withPrevails(note: string, prevails: boolean, locale: Locale): string {
  return prevails ? `${note}${locale === 'zh-CN' ? '' : ' '}${t(locale, 'io.redline.conformPrevails')}` : note;
}

/**
 * Why a fix went in after a clause and took none of its words (kept-part.ts): the clause's other
 * subjects could not be told apart from the fix's. None for a carve-out, which is meant to go beside.
 */
export function untoldNote(clause: RenderedClause, part: PartReplaced, locale: Locale): { key: 'fix.placed.untold'; params: { subjects: string } } | undefined {
  if (clause.beside || part.deleted.length > 0 || part.keeps.length === 0) return undefined;
  return { key: 'fix.placed.untold', params: { subjects: listWords(part.keeps, ', ', locale === 'en' ? 'en' : 'zh') } };
}
