import type { Finding } from '../../core/findings';
import { t, type Locale } from '../../core/i18n';

/** Starts every comment we add, so clearMarks removes ours and only ours. */
export const COMMENT_MARKER = '[Clausewright]';
/** Tag prefix of the controls that carry a highlight where comments are not available. */
export const MARK_TAG_PREFIX = 'cw-mark|';

/** The comment for a finding: what and why, then the clause we propose, worded as "apply fix" inserts it. */
export function commentText(f: Finding, locale: Locale, fixText?: string): string {
  const body = t(locale, 'host.comment.body', { marker: COMMENT_MARKER, message: f.message, why: f.why });
  if (fixText) return body + t(locale, 'host.comment.fixText', { text: fixText });
  return f.fix ? body + t(locale, 'host.comment.fix', { clause: f.fix.clause, variant: f.fix.variant }) : body;
}

/** A control title is short in Word's UI; keep the message's start. */
export function markTitle(f: Finding): string {
  return f.message.length > 60 ? `${f.message.slice(0, 59)}…` : f.message;
}
