// A term given its meaning by a sentence that says what it is, without quotes: "for purposes of this
// paragraph only, the Settlement Date will be the date on which the Instruction settles". The
// sentence defines it as surely as "means" would.

/** "The Settlement Date will be the date on which ...", "the Closing Time shall be the time at which ...". */
const DESCRIBED =
  /\b(?:the|The)\s([A-Z][a-z]{1,30}(?:\s[A-Z][a-z]{1,30}){0,3})\s(?:will|shall)\s(?:be|mean)\s(?:the\s)?(?:first\s|last\s)?(?:date|day|time|hour|period|month|year)\s(?:on\s|at\s|in\s|by\s)?(?:which|when)\b/g;

/**
 * "The Designated Area is described in writing and on a map attached to the Agreement as EXHIBIT B":
 * a term an attachment sets out, pointed to in words the shorter patterns of the rule do not read.
 */
const IN_ATTACHMENT =
  /\b(?:the|The)\s([A-Z][a-z]{1,30}(?:\s[A-Z][a-z]{1,30}){0,3})\s(?:is|are|shall\s+be)\s(?:set\s(?:out|forth)|described|depicted|shown|specified|identified|delineated)\b[^.;]{0,80}?\b(?:in|as|on)\s(?:Annex|Schedule|Exhibit|Appendix|Attachment|ANNEX|SCHEDULE|EXHIBIT|APPENDIX|ATTACHMENT)\b/g;

/** Lower-case terms a sentence describes as a date, day or time "on which" something happens, or sets out in an attachment. */
export function describedTerms(text: string): string[] {
  const out: string[] = [];
  if (/ (?:described|depicted|shown|set|specified|identified|delineated) /.test(text)) {
    IN_ATTACHMENT.lastIndex = 0;
    for (let m = IN_ATTACHMENT.exec(text); m; m = IN_ATTACHMENT.exec(text)) out.push(m[1]!.toLowerCase());
  }
  if (!text.includes(' which') && !text.includes(' when')) return out;
  DESCRIBED.lastIndex = 0;
  for (let m = DESCRIBED.exec(text); m; m = DESCRIBED.exec(text)) out.push(m[1]!.toLowerCase());
  return out;
}
