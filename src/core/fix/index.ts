export { fixesFor, fixesInContext, fixText, fixTextsFor, type FixClause, type FixOptions } from './clause';
export { draftParties, jurisdictionAfter, withParties, openingParties, type DraftParties } from './parties';
