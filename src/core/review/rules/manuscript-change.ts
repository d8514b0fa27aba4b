import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { hits, inHeading } from './text';

/**
 * A change written on the signed copy and typed in with the initials and date of whoever made it:
 * "within 1 DAY DN 20/5/2010 of the Commencement Date". Neither the change nor whether both sides
 * agreed it can be read from the text, and it may clash with a deadline elsewhere.
 */
const INITIALLED = /\b([A-Z]{2,3})\s+\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b/g;
/** Capitals before a date that are not initials: fiscal year ends, time zones, "as of". */
const NOT_INITIALS = /^(?:FY|FYE|YE|YTD|EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|CET|BST|HKT|AM|PM|ON|OF|TO|AT|BY|IN|DOB|DT|NO|REF)$/;

export const manuscriptChange: Rule = (ctx) => {
  const found = hits(ctx, INITIALLED, (h) => {
    if (NOT_INITIALS.test(h.match[1]!) || inHeading(ctx, h.sentence)) return false;
    // Inside running text in lower case, not a table of dates or a heading in capitals.
    const around = h.sentence.text.slice(Math.max(0, h.index - 60), h.index + h.text.length + 60);
    return (around.match(/\b[a-z]{3,}\b/g) ?? []).length >= 5;
  });
  return draftingHits(ctx, 'drafting.manuscript-change', found);
};
