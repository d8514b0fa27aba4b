export * from '../questionnaire';
export { presetAnswers, resolveAnswers, describeAnswerIssue, selectorsOf, ourSide, type AnswerIssue, type AnswersResult } from './answers';
export { plan, refusal, describePlanMessage, type Plan, type PlannedClause, type PlanWarning, type Message } from './plan';
export { render, renderRecorded, DEFINITIONS_ID, type RenderOptions } from './render';
export { BuildError, territoryWords } from './values';
export { toText, toMarkdown, toBilingualText } from './format';
export { renderIn, type BuiltTerms } from './languages';
export type * from './rendered';
export { clauseTag, parseClauseTag, type ClauseTag } from './tag';
