// Courts left open are the claimant's freedom. The licensor or supplier is paid by the other side, so
// its likely claim is for money the other side owes: non-exclusive jurisdiction of the courts where
// the other side is established or where it exploits the deal (the licensed territory) lets it sue
// there, where the payer and its assets are, or anywhere else. It would not trade that for one
// exclusive court. Courts in a third country, or open courts for the side that pays, stay a point.
import type { ReviewContext } from '../context';
import { countryIn, theirCountries } from '../places';
import { ourSide } from './side';
import type { Hit } from './text';

/** The deals in which our side A is paid by the other for what it licenses or supplies. */
const PAID: ReadonlySet<string> = new Set(['technology-license', 'exclusive-partnership']);

/** Whether every open forum is at the paying side's seat or in the territory it exploits, and we are the side paid. */
export function openWherePayerIs(ctx: ReviewContext, open: readonly Hit[]): boolean {
  if (!PAID.has(ctx.scenario ?? '') || ourSide(ctx) !== 'A') return false;
  const theirs = new Set<string>(theirCountries(ctx).filter((c): c is string => c !== undefined));
  for (const e of ctx.topics.territory?.evidence ?? []) {
    const c = countryIn(e.text);
    if (c) theirs.add(c);
  }
  return open.every((h) => {
    const c = countryIn(h.sentence.text);
    return c !== undefined && theirs.has(c);
  });
}
