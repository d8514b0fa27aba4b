import type { ReviewResult } from '../findings';
import { t, type Locale } from '../i18n';

/** The side the review took, in the reader's words, for them to check: "Read as: you are IAC; the other side is Sonos". */
export function partiesSentence(parties: ReviewResult['parties'], locale: Locale): string | undefined {
  const readAs = sides(parties, locale);
  const others = parties?.others ?? [];
  // A deal among three or more: the parties on neither side are named, so the reader sees none was dropped.
  if (readAs && others.length > 0) return t(locale, 'review.engine.partyOthers', { readAs, others: others.join(locale === 'zh-CN' ? '、' : '; ') });
  return readAs;
}

function sides(parties: ReviewResult['parties'], locale: Locale): string | undefined {
  if (parties?.ours && parties.theirs) return t(locale, 'review.engine.parties', { ours: parties.ours, theirs: parties.theirs });
  if (parties?.ours) return t(locale, 'review.engine.partyOurs', { ours: parties.ours });
  if (parties?.theirs) return t(locale, 'review.engine.partyTheirs', { theirs: parties.theirs });
  return undefined;
}
