// Whether the draft protects only what our side receives: its definition of the protected information
// is what we obtain from them ("drawings and test data obtained by the Developer from the Customer"), or what
// they disclose to us. A duty to return such material binds only us, so its absence is no gap for us.
import type { ReviewContext } from '../context';
import { ourSide, partyRightAfter } from './side';
import { firstMatching } from './sentence-gate';

const DEFINES = /["“](?:confidential|proprietary)\s+(?:information|materials?)["”]\s+(?:shall\s+)?(?:means?|includes?)\b/i;
const RECEIVED_BY = /\b(?:obtained|received|acquired|learned)\s+by\s+/gi;
const GIVEN_BY = /\b(?:disclosed|provided|furnished|supplied|delivered)\s+by\s+/gi;
// Either party may be the one that discloses: the definition then protects both.
const EITHER = /\b(?:either|each)\s+party\b|\bmutual/i;

export function weOnlyReceive(ctx: ReviewContext): boolean {
  const ours = ourSide(ctx);
  if (!ours) return false;
  const def = firstMatching(ctx.sentences, DEFINES);
  if (!def || EITHER.test(def.text)) return false;
  const by = (re: RegExp) => [...def.text.matchAll(re)].map((m) => partyRightAfter(ctx, def.text, m.index + m[0].length)?.side);
  const receivers = by(RECEIVED_BY);
  const givers = by(GIVEN_BY);
  if (receivers.length + givers.length === 0) return false;
  return receivers.every((s) => s === ours) && givers.every((s) => s !== undefined && s !== 'both' && s !== ours);
}
