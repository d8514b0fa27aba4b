export { parseLibrary, type Library, type Clause, type Scenario, type ParseResult, type LibrarySourceFile } from './parse';
export { describeLibraryIssue, LibraryError, type LibraryIssue } from './issues';
export { blankFor, PLACEHOLDERS, isPlaceholder, tokensOf, fillTokens, hasUnfilled, type PlaceholderName, type Token } from './placeholders';
export { STANCES, VARIANT_RISKS, type VariantRisk, type Variant, type Stance, type AgreementFrame, type AnswerWords, type ClauseFile, type ScenarioFile, type PlaybookEntry, type DiligenceItem } from './schema';
export * from './lookup';
export { termMatcher, type TermMatcher } from './terms';
export { layoutOf, type TextBlock } from './layout';
export { FRAME_TOPIC_IDS, isFrameTopic, type FrameTopicId } from './frame-topics';
