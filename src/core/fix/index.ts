export { fixesFor, fixText, fixTextsFor, type FixClause, type FixOptions } from './clause';
export { renumbered, placedNewSections, unnumbered } from './numbers';
export { fixPlacement, type FixPlacement } from './placement';
export { addsSection } from './quote-place';
export { draftParties, jurisdictionAfter, withParties, openingParties, type DraftParties } from './parties';
export { issuesList, issueCells, ISSUE_COLUMNS, type IssuesList, type IssueRow, type IssueColumn, type IssueStatus, type IssuesListInput } from './issues-list';
export { definedOnce } from './defined-once';
export { definedOnceAmong } from './shown-together';
