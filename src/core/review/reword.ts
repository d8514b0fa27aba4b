import type { Finding, ReviewResult } from '../findings';
import { say, type Locale } from '../i18n';

/** A finding's title and why in a language: the why's parts are sentences, joined as that language joins them. */
export function worded(locale: Locale, wording: NonNullable<Finding['wording']>): Pick<Finding, 'message' | 'why' | 'position'> {
  return { message: say(locale, wording.message), why: wording.why.map((w) => say(locale, w)).join(locale === 'zh-CN' ? '' : ' '), ...positionIn(locale, wording) };
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

/** The playbook position, which counsel writes in both languages, in the reader's. */
function positionIn(locale: Locale, wording: NonNullable<Finding['wording']>): Pick<Finding, 'position'> {
  const p = wording.position;
  if (!p) return {};
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  return { position: { topic: p.topic, want: p.want[lang], acceptable: p.acceptable[lang] } };
}
