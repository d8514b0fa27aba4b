import type { ReviewContext } from '../context';
import { plainQuotes } from '../typed-quotes';

/**
 * A plain-language draft calls its parties "we"/"us" and "you": BW-3 Franchise Systems, Inc. ("we"
 * or "us"), and ... ("you"). The pronouns are then the parties' names, and a duty "you shall use
 * your best efforts" is the other side's. Read from the brackets that name them in the opening,
 * however worded: (hereinafter "Acme" or by reference "we", "us", "our").
 */
// American style puts the comma inside the quotes: ("we," "us," the "Company").
const WE = /\([^()]{0,80}?["“](?:we|us),?["”][^()]{0,60}\)/i;
const YOU = /\([^()]{0,80}?["“]you,?["”][^()]{0,60}\)/i;

/** The first sentences, where parties are named: after a table of contents, a franchise form names them late. */
const OPENING = 60;

/**
 * The pronouns of a draft that names its parties "we" and "you", with the side each stands for: the
 * party that writes "we" is the one whose form it is, the provider or licensor (side A), unless a
 * role label in the same bracket says otherwise. Empty where the draft does not name both.
 */
export function plainParties(ctx: ReviewContext, labelSide: (label: string) => 'A' | 'B' | undefined): [string, 'A' | 'B'][] {
  const opening = plainQuotes(ctx.sentences.slice(0, OPENING).map((s) => s.text).join(' '));
  const we = WE.exec(opening);
  const you = YOU.exec(opening);
  if (!we || !you) return [];
  const labels = [...we[0].matchAll(/["“]([A-Z][A-Za-z-]+),?["”]/g)].map((m) => labelSide(m[1]!)).filter((x) => x !== undefined);
  const ours = labels[0] ?? 'A';
  const theirs = ours === 'A' ? 'B' : 'A';
  return [
    ['we', ours],
    ['us', ours],
    ['you', theirs],
  ];
}
