import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { hits, inHeading } from './text';

/**
 * A duty in the passive where either side could be meant: who returns or destroys, who bears a
 * cost, who files, prosecutes and maintains patents, who obtains an approval, who repairs. Passives
 * whose actor the context gives ("payments shall be made", "notices shall be given") and rules that
 * bind no one ("shall be deemed", "governed") are left alone, as is "shall" for a status or a right.
 */
const PASSIVE_DUTY =
  /\bshall\s+(?:promptly\s+|immediately\s+|thereafter\s+|also\s+)?be\s+(?:promptly\s+|immediately\s+)?(returned|destroyed|erased|deleted|borne|filed|prosecuted|maintained|obtained|repaired|replaced)\b/g;
/**
 * The actor named after the verb: "shall be paid by Licensee", "shall be borne by each Party", "by
 * the non-prevailing Party", "by the indemnified party" (any party a participle describes), by a
 * party whose name was redacted ("by [***]"), or by a party a plain-language draft calls "us" or "you";
 * or the one it falls on ("shall be borne and will be the exclusive responsibility of the Party to whom").
 */
const BY_ACTOR =
  /^[^.;]{0,60}?\b(?:by|(?:responsibility|account|expense)\s{1,3}of)\s+(?:the\s+|each\s+|either\s+|such\s+|its\s+)?(?:(?:non-)?(?:[a-z]{2,20}(?:ing|ed)|responsible)\s+)?(?:[A-Z]|\[\s*\*|(?:us|you)\b|party|parties|licensee|licensor|supplier|customer|buyer|seller|recipient|discloser|distributor|manufacturer)/;
/** Who does it is said elsewhere: "shall be borne as set out in Exhibit C", "in accordance with Section 7". */
const SAID_ELSEWHERE =
  /^\s{0,3}(?:as\s{1,3}(?:set\s{1,3}(?:out|forth)|provided|specified|described|stated)|in\s{1,3}accordance\s{1,3}with|pursuant\s{1,3}to)\s{1,3}(?:in\s{1,3})?(?:Exhibit|Schedule|Annex|Appendix|Attachment|Section|Clause|Article|Paragraph)\b/;
/** A condition opens the clause: "If and when any such consent shall be obtained" states when, and binds no one. */
const CONDITION = /\b(?:if|when|until|unless|once|whether)\b/gi;
/** A condition's end: a comma followed by the main clause's subject ("If X fails, the Samples shall be returned"). */
const MAIN_CLAUSE = /,\s+(?:then\s+)?(?:the|all|any|each|such|these|those|its|their|[A-Z]\w*\s+(?:shall|will|may|must))\b/;

/**
 * The party that promises is named before the passive ("Owner agrees that said equipment shall be
 * maintained"): it is the one held to it. Not "the Parties agree", which leaves who does it open.
 */
const PROMISOR = /\b(?!Part(?:y|ies)\b)[A-Z][\w-]{1,30}\s{1,3}(?:agrees|undertakes|covenants)\s{1,3}that\b[^.;]{0,80}$/;
/** One provision put in place of another ("the Deadline shall no longer apply and, in lieu thereof, shall be replaced by"): no one acts. */
const SUBSTITUTION = /\bno\s+longer\s+appl(?:y|ies)\b|\bin\s+lieu\s+thereof\b/i;

/** The passive sits inside a condition ("if ... shall be obtained"), not in the clause it governs. */
function inCondition(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
  let last = -1;
  for (const m of clause.matchAll(CONDITION)) last = m.index + m[0].length;
  return last >= 0 && !MAIN_CLAUSE.test(clause.slice(last));
}

/**
 * "Shall" where it matters: a duty written in the passive names no one to perform it ("the Samples
 * shall be returned within thirty days"), so neither side can be held to it. Style points about
 * "shall" with an inanimate subject or for a right are not reported: at the volume real drafts have
 * them they bury the points that matter.
 */
export const shallMisuse: Rule = (ctx) => {
  const found = hits(ctx, PASSIVE_DUTY, (h) => {
    const before = h.sentence.text.slice(Math.max(0, h.index - 200), h.index);
    if (inHeading(ctx, h.sentence) || inCondition(before) || PROMISOR.test(before)) return false;
    if (h.match[1] === 'replaced' && SUBSTITUTION.test(before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1))) return false;
    const after = h.sentence.text.slice(h.index + h.text.length);
    return !BY_ACTOR.test(after) && !SAID_ELSEWHERE.test(after);
  });
  const sentences = new Set(found.map((h) => h.sentence));
  return draftingHits(ctx, 'drafting.shall', found, { count: sentences.size }, 'drafting.shall-actor');
};
