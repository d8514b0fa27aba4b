import type { Sentence } from '../context';
import { returnsOtherwise } from '../topics/deal';

// "Upon any expiration or termination: (a) …; (b) each Recipient will return or destroy the other's
// Confidential Information." The end that triggers the return is in the lead-in, and each item of
// the list reads as a sentence of its own.

/** How many items after its lead-in a list item may stand. */
const ITEMS = 8;
/** A sentence that opens a list: it ends with a colon. */
const leadsIn = (text: string) => text.trimEnd().endsWith(':');
const RETURN_WORD = /return|destr|delet|eras|purg|surrender|expung/i;

/** Whether a return or destruction duty is an item of a list whose lead-in names the end of the agreement. */
export function returnsUnderLeadIn(sentences: readonly Sentence[]): boolean {
  let lead: Sentence | undefined;
  let since = 0;
  for (const s of sentences) {
    if (leadsIn(s.text)) {
      lead = s;
      since = 0;
      continue;
    }
    if (!lead || ++since > ITEMS) continue;
    if (RETURN_WORD.test(s.text) && returnsOtherwise([{ text: s.text, heading: lead.text }])) return true;
  }
  return false;
}
