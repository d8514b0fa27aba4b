/**
 * The verbs of ownership as contracts use them, each with where its holder stands: before the verb
 * (the subject who owns, retains or grants), right after it ("vest in X", "the property of X"), or
 * after "to" (the party an assignment goes to).
 */
export type OwnershipVerb = 'owns' | 'retains' | 'vests' | 'assigns' | 'licenses';

export interface VerbPattern {
  verb: OwnershipVerb;
  re: RegExp;
  holder: 'before' | 'after' | 'to';
  /** The holder must be named right after the verb, or it is no ownership ("remain in effect"). */
  needsHolder?: boolean;
  /** The object follows the holder named right after the verb ("to perfect the Licensor's title to the Improvements"). */
  objectAfter?: boolean;
}

const RTI = String.raw`right,?\s+title,?\s+and\s+interest`;
// What a party keeps or has: "all right, title and interest", "full ownership", "title", "all rights".
const HELD = String.raw`(?:(?:the\s+)?(?:entire|sole|full|exclusive|all|worldwide|legal\s+and\s+beneficial|its|their|of\s+its)\s+(?:and\s+exclusive\s+)?){0,3}(?:${RTI}|ownership(?:\s+rights)?|title|rights?|intellectual\s+property(?:\s+rights)?)`;
// A right to act ("retains the right to sue", "retains all rights, in its sole discretion, to offer")
// is no property; a right "to and in" something is.
const NOT_A_RIGHT_TO_ACT = String.raw`(?![\s,]+(?:in\s+its\s+[^,.;]{0,40},\s*)?to\s+(?!(?:and|the|all|any|such|its|their)\b)[a-z])`;
const AUX = String.raw`(?:(?:shall|will|does|do|hereby|expressly|solely|exclusively|to)\s+){0,3}`;
const PASSING = String.raw`(?:assigns?|transfers?|conveys?)`;
// A party named by a possessive: "the Company's", "Licensor's", "our"; bounded, so a run of capitals stays linear.
const POSSESSIVE = String.raw`[A-Z][\w-]{0,30}(?:\s+[A-Z][\w-]{0,30}){0,3}['’]s?|our|its|their`;
const ONLY = String.raw`(?:(?:solely|exclusively|absolutely|automatically|immediately|jointly)\s+)?`;

export const VERB_PATTERNS: readonly VerbPattern[] = [
  // "Each Party shall own", "IAC shall own, and hereby retains,"; not "its own", "own equipment".
  {
    verb: 'owns',
    holder: 'before',
    re: new RegExp(String.raw`\b(?:(?:shall|will|does|do|to|hereby|solely|exclusively|jointly)\s+){1,3}own\b(?:,?\s+and\s+(?:hereby\s+)?retains?,?)?|\bowns\b`, 'gi'),
  },
  // "Licensor retains all right, title, and interest in", "shall retain full ownership of".
  { verb: 'retains', holder: 'before', re: new RegExp(String.raw`\b${AUX}(?:retains?|reserves?|keeps?)\s+${HELD}\b${NOT_A_RIGHT_TO_ACT}`, 'gi') },
  // "X is the sole and exclusive owner of", "shall remain the owner of".
  {
    verb: 'owns',
    holder: 'before',
    re: /\b(?:is|are|shall\s+be|will\s+be|remains?|shall\s+remain)(?:,?\s+and\s+shall\s+(?:be|remain),?)?\s+the\s+(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+|legal\s+and\s+beneficial\s+)?owners?\s+of\b/gi,
  },
  // "X has sole right, title and interest in", "shall have exclusive ownership of".
  {
    verb: 'owns',
    holder: 'before',
    re: new RegExp(String.raw`\b(?:has|have|holds?|(?:shall|will)\s+(?:have|hold|acquire|obtain))\s+(?:the\s+)?(?:sole|exclusive|full|entire)\s+(?:and\s+exclusive\s+)?(?:${RTI}|ownership|title)\s+(?:in|to|of)\b`, 'gi'),
  },
  // "Developer hereby assigns and transfers to Client", "shall and does hereby irrevocably assign".
  {
    verb: 'assigns',
    holder: 'to',
    re: new RegExp(
      String.raw`\b(?:(?:hereby|shall|will|does|do|agrees?\s+to|irrevocably|unconditionally|absolutely|promptly|(?:shall|will)\s+and\s+(?:does|do|hereby))\s+){1,5}${PASSING}\b(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:agrees?\s+to\s+)?${PASSING}\b){0,2}`,
      'gi',
    ),
  },
  // "agrees to, and does hereby, assign to Licensor": the promise and the present assignment set off by commas.
  { verb: 'assigns', holder: 'to', re: /\bagrees?\s{1,3}to,?\s{1,3}and\s{1,3}(?:does|do)\s{1,3}hereby,?\s{1,3}(?:irrevocably\s{1,3})?(?:assign|transfer|convey)\b/gi },
  // "Licensee assigns to Licensor", "The Company and its Affiliate each assign to Skype": a present
  // assignment needs no "hereby" where the party it goes to follows.
  { verb: 'assigns', holder: 'to', re: /\b(?:(?<=\beach\s)assign|(?<!\band\s)assigns)\s+(?=to\s)/gi },
  // "are hereby assigned to Company", "shall be deemed assigned to Customer", "have been assigned to".
  {
    verb: 'assigns',
    holder: 'after',
    re: /\b(?:is|are|shall\s+be|will\s+be|ha(?:s|ve)\s+been)\s+(?:hereby\s+)?(?:irrevocably\s+)?(?:deemed\s+(?:to\s+(?:be|have\s+been)\s+)?)?(?:assigned|transferred|conveyed)\s+to\b/gi,
  },
  // "the ownership thereof has transferred from a member of the Seller Group to a member of the Buyer Group": a transfer already made.
  { verb: 'assigns', holder: 'after', re: /\b(?:has|have)\s+(?:been\s+)?(?:transferred|assigned|conveyed)\s+from\s+[^,.;]{1,80}?\s+to\b/gi },
  // "shall automatically vest in that Party", "shall remain vested in", "vests in".
  {
    verb: 'vests',
    holder: 'after',
    re: new RegExp(String.raw`\b(?:(?:shall|will|to)\s+)?${ONLY}(?:vests?|be\s+vested|remain\s+vested|(?:is|are)\s+vested)\s+${ONLY}(?:in|with)\b`, 'gi'),
  },
  // "shall remain the sole property of", "is the property of", "considered the Intellectual Property of".
  {
    verb: 'owns',
    holder: 'after',
    re: /\b(?:is|are|be|remains?|become|becomes|considered|deemed(?:\s+to\s+be)?|continue\s+to\s+be)\s+(?:and\s+(?:shall\s+)?remain\s+)?(?:the\s+)?(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+|absolute\s+)?(?:intellectual\s+)?property\s+of\b/gi,
  },
  // "shall be the Company's sole and exclusive property", "shall become our property": the holder
  // named by a possessive. Capitalised, so "shall be the party's" words no label.
  {
    verb: 'owns',
    holder: 'after',
    re: new RegExp(String.raw`\b(?:is|are|be|remains?|become|becomes|continue\s+to\s+be)\s+(?:and\s+(?:shall\s+)?remain\s+)?(?:the\s+)?(?=(?:${POSSESSIVE})\s+(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+|absolute\s+)?[Pp]roperty\b)`, 'g'),
  },
  // A duty to assign inside further assurances: "shall execute all documents necessary to assign to the
  // Company", "take all actions required to assign such rights to the Licensor". Only "assign": help
  // "necessary to transfer the Licensed Know-How" is a technology transfer, not a change of owner.
  { verb: 'assigns', holder: 'to', re: /\b(?:necessary|required|requested|needed|appropriate)\s+(?:in\s+order\s+)?to\s+(?:[a-z]+,?\s+(?:or\s+|and\s+)?){0,3}?assign\b(?!\s+(?:this|the)\s+Agreement\b)/gi },
  // And to perfect what the other already holds: "documents necessary to perfect the Licensor's title to the Improvements".
  {
    verb: 'vests',
    holder: 'after',
    objectAfter: true,
    re: new RegExp(
      String.raw`\b(?:necessary|required|requested|needed|appropriate)\s+(?:in\s+order\s+)?to\s+(?:[a-z]+,?\s+(?:or\s+|and\s+)?){0,3}?(?:perfect|vest|confirm|evidence|record)\s+(?:the\s+)?(?=(?:${POSSESSIVE})\s+(?:(?:sole|full|exclusive)\s+)?(?:${RTI}|title|ownership|rights?)\b)`,
      'g',
    ),
  },
  // "shall be owned solely by", "are owned by".
  { verb: 'owns', holder: 'after', re: new RegExp(String.raw`\b(?:is|are|be|remains?)\s+${ONLY}owned\s+${ONLY}by\b`, 'gi') },
  // "belongs to", "shall belong exclusively to".
  { verb: 'owns', holder: 'after', re: new RegExp(String.raw`\b(?:belongs?|(?:shall|will)\s+${ONLY}belong)\s+${ONLY}to\b`, 'gi') },
  // "Title … shall reside in JHU", "shall remain with the Supplier": only where a party follows.
  { verb: 'retains', holder: 'after', needsHolder: true, re: new RegExp(String.raw`\b(?:(?:shall|will)\s+)?(?:resides?|remains?)\s+${ONLY}(?:with|in)\b`, 'gi') },
  // "shall pass to Customer".
  { verb: 'vests', holder: 'after', needsHolder: true, re: /\b(?:shall|will)\s+(?:automatically\s+)?(?:pass|transfer)\s+to\b/gi },
  // "Licensor hereby grants to Licensee a … licence under": the holder is the licensee. In lower case:
  // a heading ("Grant by Licensor") grants nothing.
  { verb: 'licenses', holder: 'after', needsHolder: true, re: /\b(?:(?:hereby|shall|will|agrees?\s+to)\s+)?grants?(?:\s+to)?\b/g },
];

/** Said not to happen: "shall not be the property of", "No Transferred Patent is owned by", "shall not be construed … to grant". */
export function negated(before: string, clauseStart: string): boolean {
  return (
    /\b(?:not|never)\s+(?:be\s+|\w+ly\s+)?$|\b(?:neither|no)\s+(?:\w+\s+){0,2}$/i.test(before) ||
    /^\W*(?:no|nothing|neither|none)\b/i.test(clauseStart) ||
    // "shall not be deemed to be Works and are and shall remain the property of": the "not" is the first verb's, not the one "and" joins.
    (/\bnot\s+be\s+(?:construed|deemed|interpreted)\b[^.;]{0,40}$/i.test(clauseStart) && !/\band\s*$/i.test(clauseStart))
  );
}
