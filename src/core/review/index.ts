export { fromText } from './text';
export { segment, sentenceSpans, type Section, type Segments } from './segment';
export { findDefinitions } from './definitions';
export { findParties } from './parties';
export { detectTopics } from './topics';
export { detectScenario, type DetectedScenario } from './scenario';
export { buildContext, review, type ReviewOptions, type Playbooks, type BuiltContext } from './engine';
export { OPT_IN_RULE_IDS, RULE_IDS } from './rules';
export type { Sentence, Definition, Party, ReviewContext, Rule, RuleFinding, FixSource, Playbook, RuleSwitches } from './context';
