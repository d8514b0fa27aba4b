import type { ReviewContext } from '../context';
import { escapeRegExp } from '../../regex-escape';
import { perReview } from '../per-review';

// Among three or more parties (a five-party cross-licence, a consortium) each party both gives and
// takes, so the text cannot say which is ours. The user can: the name of our company (`--our-party`,
// the company name in Settings) picks out our party, and every other party is "not us". A grant-back
// of improvements or translations to the others is then against us, as it is.

/**
 * Places our party, named by the user, on our side and the other parties on the other (`partySides`
 * is filled in). Among three or more parties this wins over placement by what each does, which
 * among many is a guess; between two it places them only where the draft placed neither. Nothing is
 * placed where the name matches no party or more than one, or where our side is not given.
 */
export function placeOurParty(ctx: ReviewContext, us: 'A' | 'B' | undefined, partySides: ('A' | 'B' | 'both' | undefined)[]): void {
  const many = ctx.parties.length >= 3;
  if (!us || !ctx.ourParty?.trim() || (!many && partySides.some((side) => side !== undefined))) return;
  const ours = namedByUser(ctx);
  if (ours.length !== 1) return;
  const them = us === 'A' ? 'B' : 'A';
  ctx.parties.forEach((_, i) => (partySides[i] = i === ours[0] ? us : them));
}

/**
 * The parties the user's company name names, by their places in the party list: worked out once per
 * review, since each name is tried as a pattern.
 */
const namedByUser = perReview((ctx: ReviewContext): number[] => {
  const name = ctx.ourParty?.trim();
  if (!name) return [];
  // "Qiming Robotics" names "Qiming Robotics Co., Ltd.", and "Qiming Robotics Co., Ltd." its short name "Qiming"; "Co" is not "Semiconductor".
  const within = (outer: string, inner: string) => new RegExp(`(?:^|[^\\w])${escapeRegExp(inner)}(?![\\w])`, 'i').test(outer);
  return ctx.parties.flatMap((p, i) => ([p.name, p.shortName].some((n) => n && (within(n, name) || within(name, n))) ? [i] : []));
});
