// A right the draft grants us, stated to be non-exclusive: "Licensor grants to Licensee a
// non-exclusive, revocable right and license in the Territory to use the Brand Elements". A
// partnership that grants its partner only non-exclusive rights has answered the exclusivity
// question on purpose; the exclusivity a distributor would want is then a commercial ask to
// negotiate, not a term the draft forgot.
import type { ReviewContext } from '../context';
import { ourSide, partyBefore } from './side';

/** A grant or appointment, with "non-exclusive" among the words that qualify it. */
const NON_EXCLUSIVE_GRANT = /\b(?:grants?|granted|appoints?|appointed)\b[^.;]{0,120}?\bnon-?exclusive\b/gi;
/** A grant made exclusive anywhere in the same sentence keeps the question open. */
const EXCLUSIVE = /(?<!non-?)\bexclusive\s+(?:right|licen[cs]e|distribut|appointment|territor)/i;

/** Whether the draft grants us rights only on a non-exclusive basis (and the grantor is not our side). */
export function grantsUsNonExclusive(ctx: ReviewContext): boolean {
  const us = ourSide(ctx);
  return ctx.sentences.some((s) => {
    if (EXCLUSIVE.test(s.text)) return false;
    NON_EXCLUSIVE_GRANT.lastIndex = 0;
    const m = NON_EXCLUSIVE_GRANT.exec(s.text);
    if (!m) return false;
    const by = partyBefore(ctx, s.text, m.index)?.side;
    return by === undefined || (by !== us && by !== 'both');
  });
}
