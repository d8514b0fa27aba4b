// A cover page or signature page that takes its terms from another document: "The Standard Terms at
// the address below are incorporated by reference", "This Agreement consists of this Cover Page and the
// Standard Terms". With at most a couple of duties of its own, what it leaves out is in that document.
import type { ReviewContext } from '../context';

const INCORPORATES =
  /\bincorporated\s+(?:herein\s+|into\s+this\s+\w+\s+)?by\s+reference\b|\b(?:consists|comprises|is\s+made\s+up)\s+of\s+this\s+(?:Cover\s+Page|Order\s+Form|Signature\s+Page|Key\s+Terms)\b|\bsubject\s+to\s+the\s+(?:Standard|General)\s+Terms\b/i;
const DUTY = /\b(?:shall|must|agrees?\s+to|undertakes?\s+to)\b/i;
/** How many duties of its own a cover page may state (a date, a signature) and still hold no terms. */
const FEW_DUTIES = 2;

export function coverOnly(ctx: ReviewContext): boolean {
  if (!ctx.sentences.some((s) => INCORPORATES.test(s.text))) return false;
  let duties = 0;
  for (const s of ctx.sentences) if (DUTY.test(s.text) && !INCORPORATES.test(s.text) && ++duties > FEW_DUTIES) return false;
  return true;
}
