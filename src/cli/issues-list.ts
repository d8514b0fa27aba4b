import { writeFileSync } from 'node:fs';
import type { IssuesListInput } from '../core/fix';
import { t, type Locale } from '../core/i18n';
import { UsageError } from './io';

/** The --issues value, checked before any draft is read: its extension chooses CSV or .docx. */
export function issuesTarget(file: string, locale: Locale): string {
  if (!/\.(csv|docx)$/i.test(file)) throw new UsageError(t(locale, 'cli.review.issuesFormat', { file }));
  return file;
}

/** Writes one draft's issues list to `out`; the message to print when it cannot be written. */
export async function writeIssuesList(out: string, input: IssuesListInput & { locale: Locale }): Promise<string | undefined> {
  // Loaded only when an issues list is asked for: the fixes' wording brings the library schema.
  const { issuesList } = await import('../core/fix');
  const list = issuesList(input);
  const bytes = /\.csv$/i.test(out)
    ? (await import('../io/write/issues-csv')).writeIssuesCsv(list)
    : await (await import('../io/write/issues-docx')).writeIssuesDocx(list);
  try {
    writeFileSync(out, bytes);
    return undefined;
  } catch (err) {
    return t(input.locale, 'io.issues.writeFailed', { file: out, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
  }
}

