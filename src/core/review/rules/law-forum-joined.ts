// Governing law and forum run together in one phrase: "governed by the internal substantive laws of
// the State of Delaware or federal courts located in Delaware". A court is where a dispute is heard,
// not a law that governs it; joined by "or", the clause neither fixes the law for certain nor chooses
// a court. "governed by the laws of England and the courts of England shall have jurisdiction" names
// each in its place and is not read.
import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { hitsWhere } from './text';

/** "governed by ... laws of X or [the] [state or] federal courts", in one clause. */
const JOINED =
  /\bgoverned\s{1,3}by\b[^.;]{0,100}?\blaws?\s{1,3}of\b[^.;]{0,80}?\s(?:or|and\/or)\s{1,3}(?:the\s{1,3})?(?:(?:state|federal)\s{1,3}(?:(?:or|and)\s{1,3}(?:state|federal)\s{1,3})?)?courts?\b(?![^.;]{0,40}\b(?:shall|will|have|has)\b)/gi;

export const lawForumJoined: Rule = (ctx) => draftingHits(ctx, 'drafting.law-forum-joined', hitsWhere(ctx, /\bcourts?\b/i, JOINED));
