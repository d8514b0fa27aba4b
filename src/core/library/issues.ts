import { t, type Locale, type MessageKey, type MessageParams } from '../i18n';

/**
 * A problem found in a library, located the way counsel would look for it: the file, then the
 * clause, variant and field inside it. `key` and `params` render it in either language.
 */
export interface LibraryIssue {
  file: string;
  clause?: string;
  variant?: string;
  field?: string;
  key: MessageKey;
  params?: MessageParams;
}

export function describeLibraryIssue(issue: LibraryIssue, locale: Locale = 'en'): string {
  const where = [issue.file];
  if (issue.clause) where.push(t(locale, 'library.where.clause', { id: issue.clause }));
  if (issue.variant) where.push(t(locale, 'library.where.variant', { id: issue.variant }));
  if (issue.field) where.push(t(locale, 'library.where.field', { field: issue.field }));
  // Chinese takes full-width punctuation between the place and the problem.
  return locale === 'zh-CN' ? `${where.join('，')}：${t(locale, issue.key, issue.params)}` : `${where.join(', ')}: ${t(locale, issue.key, issue.params)}`;
}

/** Thrown where a library is required to be valid (for example the built-in one). */
export class LibraryError extends Error {
  constructor(readonly issues: LibraryIssue[]) {
    super(issues.map((i) => describeLibraryIssue(i)).join('\n'));
    this.name = 'LibraryError';
  }
}
