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

// Terms addressed to the reader ("You", 您) or written in the first person ("We"): the pronoun names the party.
const PRONOUN = /^(?:you|your|yours|we|us|our|I|me|您|你|你们|您们|我|我们)$/i;

/** A party as the reader checks it: a pronoun the terms use is no name, so it is said as what the terms call that party. */
function named(name: string, locale: Locale): string {
  return PRONOUN.test(name.trim()) ? t(locale, 'review.engine.partyAddressed', { name: name.trim() }) : name;
}

function sides(parties: ReviewResult['parties'], locale: Locale): string | undefined {
  const ours = parties?.ours && named(parties.ours, locale);
  const theirs = parties?.theirs && named(parties.theirs, locale);
  if (ours && theirs) return t(locale, 'review.engine.parties', { ours, theirs });
  if (ours) return t(locale, 'review.engine.partyOurs', { ours });
  if (theirs) return t(locale, 'review.engine.partyTheirs', { theirs });
  return undefined;
}
