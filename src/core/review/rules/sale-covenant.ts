import type { ReviewContext } from '../context';
import { anyMatching } from './sentence-gate';

// "In order to induce the Buyer to consummate the Merger", "To induce the Company to enter into the
// Asset Purchase Agreement": a covenant the seller of a business gives to close the sale.
const TO_INDUCE_SALE =
  /\b(?:(?:in\s+order\s+)?to\s+induce|as\s+an\s+inducement\s+(?:for|to))\b[^.;]{0,120}?\b(?:merger|acquisition|(?:stock|share|asset|master|purchase|transaction|sale)\s+(?:purchase\s+)?agreement|purchase\s+of\s+(?:the\s+)?(?:business|shares|assets|company))\b/i;

/**
 * A confidentiality covenant ancillary to the sale of a business: the covenantor held the information
 * as the business's owner and it passed with the sale. Nothing was lent to it to give back, no licence
 * can be implied to a seller in what it sold, and what it develops later is not the business's.
 */
export function saleCovenant(ctx: Pick<ReviewContext, 'sentences'>): boolean {
  return anyMatching(ctx.sentences, TO_INDUCE_SALE);
}
