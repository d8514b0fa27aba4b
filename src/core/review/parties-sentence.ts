import type { ReviewResult } from '../findings';
import { t, type Locale } from '../i18n';

/** The side the review took, in the reader's words, for them to check: "Read as: you are IAC; the other side is Sonos". */
export function partiesSentence(parties: ReviewResult['parties'], locale: Locale): string | undefined {
  if (parties?.ours && parties.theirs) return t(locale, 'review.engine.parties', { ours: parties.ours, theirs: parties.theirs });
  if (parties?.ours) return t(locale, 'review.engine.partyOurs', { ours: parties.ours });
  if (parties?.theirs) return t(locale, 'review.engine.partyTheirs', { theirs: parties.theirs });
  return undefined;
}
