import type { Severity } from '../../findings';
import type { TopicId } from '../../topics';
import type { Rule } from '../context';

/** What a finding rule is, for the engine, `--disable`, `clausewright rules`, the catalog and the tests. */
export interface RuleInfo {
  id: string;
  /**
   * The topic its findings are filed under; absent where that is the topic of the term found
   * missing, or of the clause a drafting point sits in.
   */
  topic?: TopicId;
  /** The most a finding of this rule weighs; a playbook, the evidence or an unknown side may make it lighter. */
  severity: Severity;
  /**
   * A one-sided finding of this rule quotes the very term its topic's missing finding asks for (our
   * own test results locked up is a term on the test data): the topic is there, not missing.
   */
  settles?: true;
}

/** A rule and the findings it reports: what `--disable` and an organisation library switch off. */
export interface RuleEntry {
  check: Rule;
  rules: readonly RuleInfo[];
}

