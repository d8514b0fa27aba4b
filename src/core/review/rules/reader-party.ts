import type { ReviewContext } from '../context';
import { plainQuotes } from '../typed-quotes';

// Click-through licences and data agreements are made with their reader: "between the University
// ("University") and You", "By downloading the Software, you ("Licensee") agree", "the person
// accepting these terms ("You" or "Licensee")". "You" is then the second party, placed by the role
// its bracket gives it or by who grants to whom. Only where the opening names at most one party:
// between two named companies "you" is running prose, never a party.

/** "You" introduced as a party: beside another in the opening, named in a bracket, or accepting the terms. */
const INTRODUCED = new RegExp(
  [
    String.raw`\bbetween\s{1,3}you\b`,
    String.raw`\band\s{1,3}you\s{0,3}(?:\(|[,.;]|$)`,
    String.raw`\byou\s{0,3}\(\s{0,3}"[A-Z]`,
    String.raw`\(\s{0,3}(?:the\s{1,3})?"you"`,
    String.raw`\bor\s{1,3}"you"`,
    String.raw`\byou\s{1,3}(?:hereby\s{1,3})?(?:agree|accept|consent)\s{1,3}(?:to\s{1,3})?(?:be\s{1,3}bound\s{1,3}by\s{1,3})?(?:all\s{1,3})?(?:the|these|this)\s{1,3}(?:terms|agreement|licen[cs]e)\b`,
    String.raw`\byou\s{1,3}(?:[a-z]{2,12}\s{1,3}){0,3}agree(?:ing)?\s{1,3}to\s{1,3}be\s{1,3}bound\b`,
    String.raw`"you"\s{0,3}(?:\([^()]{0,20}\)\s{0,3})?(?:means|shall\s{1,3}mean|refers\s{1,3}to)\b`,
  ].join('|'),
  'i',
);
/** The role a bracket gives the reader: you ("Licensee"), ("You" or "Licensee"), ("Licensee" or "You"). */
const ROLE = /\byou\s{0,3}\(\s{0,3}"([A-Z][\w -]{2,30}?)"\s{0,3}\)|\(\s{0,3}"you",?\s{0,3}or\s{1,3}(?:the\s{1,3})?"([A-Z][\w -]{2,30}?)"|\(\s{0,3}(?:the\s{1,3})?"([A-Z][\w -]{2,30}?)"\s{0,3}or\s{1,3}"you"/i;
/** "You" acting as a party does: the terms bind it, not merely mention it. */
const ACTS = /\byou\s{1,3}(?:shall|will|may|must|agree|acknowledge|accept|represent|warrant|hereby|undertake)\b/gi;
/** Acts enough to be a party. */
const FEWEST_ACTS = 2;
/** A grant to the reader ("grants You", "grants, and You accept", "You are granted") or by it ("You hereby grant"). */
const TO_YOU = /\bgrants?\s{1,3}(?:to\s{1,3})?you\b|\bgrants?,\s{1,3}and\s{1,3}you\s{1,3}accepts?\b|\byou\s{1,3}(?:are|is)\s{1,3}(?:hereby\s{1,3})?granted\b/i;
const BY_YOU = /\byou\s{1,3}(?:hereby\s{1,3})?grants?\b/i;
/** The opening and first clauses, where the parties are made and the licence is granted. */
const READ = 40;

/**
 * The side of "you" in terms made with their reader, or nothing: the role its bracket gives it, else
 * the other side of the one party's role label, else the receiving side where the first grant is to
 * the reader (a later grant back of its feedback does not make it the licensor).
 */
export function readerSide(ctx: ReviewContext, labelSide: (label: string) => 'A' | 'B' | undefined): 'A' | 'B' | undefined {
  if (ctx.parties.length > 1) return undefined;
  const sentences = ctx.sentences.slice(0, READ).map((s) => plainQuotes(s.text));
  if (!sentences.some((s) => INTRODUCED.test(s))) return undefined;
  if ((ctx.sentences.map((s) => s.text).join('\n').match(ACTS)?.length ?? 0) < FEWEST_ACTS) return undefined;
  for (const s of sentences) {
    const m = ROLE.exec(s);
    const side = m && labelSide((m[1] ?? m[2] ?? m[3])!.trim());
    if (side) return side;
  }
  const other = ctx.parties[0];
  const theirs = other && [other.shortName, ...(other.aliases ?? [])].map((l) => l && labelSide(l)).find((x) => x);
  if (theirs) return theirs === 'A' ? 'B' : 'A';
  for (const s of sentences) {
    const to = TO_YOU.exec(s)?.index ?? Infinity;
    const by = BY_YOU.exec(s)?.index ?? Infinity;
    if (to < by) return 'B';
    // A grant by the reader is as often a licence back of its comments as a contribution: no side.
    if (by < to) return undefined;
  }
  return undefined;
}
