import type { Finding, ReviewResult } from '../findings';
import { say, type Locale, type Wording } from '../i18n';

/** A finding's title and why in a language: the why's parts are sentences, joined as that language joins them. */
export function worded(locale: Locale, wording: { message: Wording; why: readonly Wording[] }): { message: string; why: string } {
  return { message: say(locale, wording.message), why: wording.why.map((w) => say(locale, w)).join(locale === 'zh-CN' ? '' : ' ') };
}

/**
 * The review put in another language from the messages it keeps, without reading or reviewing the
 * document again. A finding that keeps no messages (a result saved before they were kept) stays as it was.
 */
export function reword(result: ReviewResult, locale: Locale): ReviewResult {
  const reason = result.wording?.scenarioReason;
  return {
    ...result,
    ...(reason ? { scenarioReason: say(locale, reason) } : {}),
    findings: result.findings.map((f): Finding => (f.wording ? { ...f, ...worded(locale, f.wording) } : f)),
  };
}
