import type { ReviewContext, Sentence } from '../context';
import { ourSide, partyRefs, type PartyRef } from './side';

// Where an exception names the party it frees: "through no fault of the Consultant", "in the lawful
// possession of the Consultant", "known to the Recipient", "received by the Recipient".
const FREED = /\b(?:fault\s+of|possession\s+of|known\s+(?:to|by)|received\s+by|disclosed\s+to|breach\s+(?:of\s+(?:this|the)\s+\w+\s+)?by|act\s+or\s+omission\s+of|act\s+of)\s+(?:the\s+)?/gi;
// A label of the flow names whichever party receives, not one party: "no act or omission of the Receiving Party".
export const FLOW_LABEL = /^(?:receiving\s+party|recipient|disclosing\s+party|discloser)$/i;
/** How far before a party's name the words that make it the one freed are read. */
const LEAD = 40;

/**
 * Whether the exceptions to a confidentiality duty name only the other side as the one they free: the
 * duty, and so any missing exception, is theirs alone ("the Consultant will keep the Company's
 * information in confidence", unless it "becomes public through no fault of the Consultant").
 */
export function exceptionsFreeOnlyThem(ctx: ReviewContext, lists: ReadonlySet<Sentence>): boolean {
  const ours = ourSide(ctx);
  if (!ours) return false;
  const freed = freedParties(ctx, lists);
  return freed.length > 0 && freed.every((r) => !FLOW_LABEL.test(r.text) && r.side !== undefined && r.side !== 'both' && r.side !== ours);
}

/** The parties the exceptions name as the ones they free. */
export function freedParties(ctx: ReviewContext, lists: ReadonlySet<Sentence>): PartyRef[] {
  return [...lists].flatMap((s) => partyRefs(ctx, s.text).filter((r) => freedBefore(s.text.slice(Math.max(0, r.index - LEAD), r.index))));
}

/**
 * Whether the words right before a party's name make it the one an exception frees (they end where the
 * name starts, or one capitalised word of a longer name before it: "no wrongful act of Service Provider").
 */
function freedBefore(lead: string): boolean {
  return [...lead.matchAll(FREED)].some((m) => {
    const rest = lead.slice(m.index! + m[0].length);
    return rest === '' || /^[A-Z][\w-]{1,30} $/.test(rest);
  });
}
