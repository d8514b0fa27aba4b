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
/** The actor named after the verb: "shall be paid by Licensee", "shall be borne by each Party". */
const BY_ACTOR = /^[^.;]{0,60}?\bby\s+(?:the\s+|each\s+|either\s+|such\s+|its\s+)?(?:[A-Z]|party|parties|licensee|licensor|supplier|customer|buyer|seller|recipient|discloser|distributor|manufacturer)/;

/**
 * "Shall" where it matters: a duty written in the passive names no one to perform it ("the Samples
 * shall be returned within thirty days"), so neither side can be held to it. Style points about
 * "shall" with an inanimate subject or for a right are not reported: at the volume real drafts have
 * them they bury the points that matter.
 */
export const shallMisuse: Rule = (ctx) => {
  const found = hits(ctx, PASSIVE_DUTY, (h) => {
    if (inHeading(ctx, h.sentence)) return false;
    return !BY_ACTOR.test(h.sentence.text.slice(h.index + h.text.length));
  });
  const sentences = new Set(found.map((h) => h.sentence));
  return draftingHits(ctx, 'drafting.shall', found, { count: sentences.size }, 'drafting.shall-actor');
};
