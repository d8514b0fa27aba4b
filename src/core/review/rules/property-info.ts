// Information about a piece of land or a building offered for sale, lease or development: its location,
// title reports, surveys, rent roll and price. Nobody develops such facts independently, so an
// exception for independent development means nothing there; and they go stale once the property is
// sold or the talks end, so a tail of a year or two after that is the usual term, not a gap.
import type { ReviewContext } from '../context';
import { anyMatching } from './sentence-gate';

// The property itself: real estate, a site, or a listing's "Property" read with its title reports.
const REAL_PROPERTY =
  /\b(?:real\s+(?:property|estate)|title\s+(?:reports?|commitments?|insurance)|rent\s+rolls?|(?:development|building)\s+sites?|land\s+surveys?|surveys?\s+of\s+the\s+(?:property|site|land))\b/i;
// A sentence that makes information about that property the protected information:
// "all information … regarding the above-referenced Property is confidential",
// "information … with respect to the Property … (collectively, the Confidential Information)".
const ABOUT_PROPERTY =
  /\binformation\b[^.;]{0,200}?\b(?:regarding|relative\s+to|with\s+respect\s+to|concerning|about|relating\s+to|related\s+to)\s+(?:the\s+)?(?:above[\s-]referenced\s+|subject\s+)?(?:property|site|premises|real\s+estate|land)\b/i;
const CONFIDENTIAL = /\bconfidential\b/i;

/** Whether what the draft protects is information about a real property offered to the recipient. */
export function aboutProperty(ctx: ReviewContext): boolean {
  return (
    anyMatching(ctx.sentences, REAL_PROPERTY) &&
    anyMatching(ctx.sentences, CONFIDENTIAL, (s) => ABOUT_PROPERTY.test(s.text))
  );
}
