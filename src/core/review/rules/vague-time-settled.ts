// Time words a number of days would not improve: speed tied to an outside deadline, a response to
// harm already happening, and the speed of a thing a proviso asks for before an exception applies.

/** "As promptly as necessary to enable the timely filing of the proxy statement": paced by the filing's own deadline. */
const PACED = /^\s{1,3}as\s{1,3}(?:is\s{1,3})?(?:necessary|required|needed)\s{1,3}(?:to|for|in\s{1,3}order\s{1,3}to)\b[^.;]{0,60}?\b(?:timely|deadline|in\s{1,3}time)\b/i;

/**
 * "Promptly undertake such measures as are reasonably necessary to mitigate the spill": a response
 * to harm as it happens, which is measured by speed, not by a date.
 */
const RESPONSE = /^\s{1,3}(?:take|takes|undertake|undertakes|commence|commences|begin|begins)\b[^.;]{0,120}?\bto\s{1,3}(?:mitigate|contain|stop|limit|minimi[sz]e)\b/i;

/** "Provided bond is promptly furnished": a proviso's passive condition, which binds no one to a date. */
const PROVISO = /\bprovided\s{1,3}(?:that\s{1,3})?(?:the\s{1,3}|a\s{1,3}|such\s{1,3})?\w{1,30}(?:\s\w{1,30})?\s{1,3}(?:is|are|be)\s{1,3}$/i;

/** The time word is settled by its words around it: `before` ends at it, `after` starts after it. */
export function settledTime(before: string, after: string): boolean {
  return PACED.test(after) || RESPONSE.test(after) || (PROVISO.test(before.slice(-60)) && /^\s{1,3}[a-z]+ed\b/.test(after));
}
