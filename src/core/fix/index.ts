export { fixesFor, fixesInContext, fixText, type FixClause, type FixOptions } from './clause';
export { draftParties, jurisdictionAfter, withParties, openingParties, type DraftParties } from './parties';
