// Time words a number of days would not improve: speed tied to an outside deadline, a response to
// harm already happening, the speed of a thing a proviso asks for before an exception applies, and
// an announcement both parties make together on signing.

/** "As promptly as necessary to enable the timely filing of the proxy statement": paced by the filing's own deadline. */
const PACED = /^\s{1,3}as\s{1,3}(?:is\s{1,3})?(?:necessary|required|needed)\s{1,3}(?:to|for|in\s{1,3}order\s{1,3}to)\b[^.;]{0,60}?\b(?:timely|deadline|in\s{1,3}time)\b/i;

/**
 * "Promptly undertake such measures as are reasonably necessary to mitigate the spill": a response
 * to harm as it happens, which is measured by speed, not by a date.
 */
const RESPONSE = /^\s{1,3}(?:take|takes|undertake|undertakes|commence|commences|begin|begins)\b[^.;]{0,120}?\bto\s{1,3}(?:mitigate|contain|stop|limit|minimi[sz]e)\b/i;

/** "Provided bond is promptly furnished": a proviso's passive condition, which binds no one to a date. */
const PROVISO = /\bprovided\s{1,3}(?:that\s{1,3})?(?:the\s{1,3}|a\s{1,3}|such\s{1,3})?\w{1,30}(?:\s\w{1,30})?\s{1,3}(?:is|are|be)\s{1,3}$/i;

/**
 * "Promptly following the execution of this Agreement, the Company and the Investor shall issue a
 * mutually agreeable press release": an announcement both parties make together, timed by the
 * signing they both attend. Neither waits on the other, so a number of days protects no one. One
 * party's act on signing ("the Supplier shall deliver the source code") still wants its days.
 */
const ON_SIGNING = /^\s{1,3}(?:following|after|upon|on)\s{1,3}(?:the\s{1,3})?(?:execution|signing|signature)\s{1,3}(?:and\s{1,3}delivery\s{1,3})?of\s{1,3}this\s{1,3}(?:Agreement|Amendment|Contract)\s{0,3},?/i;
/** Both parties as one subject: "the Parties shall", "the Company and the Investor Group shall". */
const BOTH_PARTIES =
  /^\s{0,3}(?:(?:the|both)\s{1,3}(?:parties|Parties)|(?:the\s{1,3})?[A-Z][\w-]{0,30}(?:\s{1,3}[A-Z][\w-]{0,30}){0,3}\s{1,3}and\s{1,3}(?:the\s{1,3})?[A-Z][\w-]{0,30}(?:\s{1,3}[A-Z][\w-]{0,30}){0,3})\s{1,3}(?:shall|will)\s{1,3}(?:jointly\s{1,3})?(?:issue|make|publish|release|announce)\b/;

/** The time word is settled by its words around it: `before` ends at it, `after` starts after it. */
export function settledTime(before: string, after: string): boolean {
  if (PACED.test(after) || RESPONSE.test(after) || (PROVISO.test(before.slice(-60)) && /^\s{1,3}[a-z]+ed\b/.test(after))) return true;
  const signing = ON_SIGNING.exec(after);
  return !!signing && BOTH_PARTIES.test(after.slice(signing[0].length));
}
