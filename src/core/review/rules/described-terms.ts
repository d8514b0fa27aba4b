// A term given its meaning by a sentence that says what it is, without quotes: "for purposes of this
// paragraph only, the Settlement Date will be the date on which the Instruction settles". The
// sentence defines it as surely as "means" would.

/** "The Settlement Date will be the date on which ...", "the Closing Time shall be the time at which ...". */
const DESCRIBED =
  /\b(?:the|The)\s([A-Z][a-z]{1,30}(?:\s[A-Z][a-z]{1,30}){0,3})\s(?:will|shall)\s(?:be|mean)\s(?:the\s)?(?:first\s|last\s)?(?:date|day|time|hour|period|month|year)\s(?:on\s|at\s|in\s|by\s)?(?:which|when)\b/g;

/** Lower-case terms a sentence describes as a date, day or time "on which" something happens. */
export function describedTerms(text: string): string[] {
  if (!text.includes(' which') && !text.includes(' when')) return [];
  const out: string[] = [];
  DESCRIBED.lastIndex = 0;
  for (let m = DESCRIBED.exec(text); m; m = DESCRIBED.exec(text)) out.push(m[1]!.toLowerCase());
  return out;
}
