import type { TopicId } from './topics';
import type { ScenarioId, RoleId } from './scenarios';
import type { Bilingual, Wording } from './i18n';

export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** `discrepancy`: the two language versions of the draft say different things (both quotes in evidence). */
export const FINDING_KINDS = ['missing', 'ambiguous', 'one-sided', 'drafting', 'discrepancy'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A quote from the document: paragraph index and character offsets within that paragraph's text. */
export interface Evidence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** The quote is from the draft's other language version, a separate file, not from this document. */
  counterpart?: true;
}

export interface FixRef {
  clause: string;
  variant: string;
}

export interface Finding {
  /** Unique within one review, stable for the same document (used to remember dismissals). */
  id: string;
  rule: string;
  topic: TopicId;
  severity: Severity;
  kind: FindingKind;
  message: string;
  why: string;
  /**
   * The catalog messages `message` and `why` were worded from (the why in parts, joined as the
   * language joins sentences), so the finding can be worded again in another language.
   */
  wording?: {
    message: Wording;
    why: Wording[];
    /** The playbook position as counsel wrote it, in both languages. */
    position?: { topic: TopicId; want: Bilingual; acceptable: Bilingual };
  };
  evidence: Evidence[];
  /** The section label the reader sees where the first quote sits ("5.2"), when the draft numbers it. */
  section?: string;
  fix?: FixRef;
  /** The playbook's position on the finding's topic for our side, in the reader's language. */
  position?: FindingPosition;
}

/** What we want on a topic and what we can accept, from the playbook (clause-library/scenarios). */
export interface FindingPosition {
  topic: TopicId;
  want: string;
  acceptable: string;
}

export interface TopicPresence {
  id: TopicId;
  present: boolean;
  evidence: Evidence[];
}

/** The review of one document; `clausewright review --json` prints this with `file` added. */
export interface ReviewResult {
  /** 2 since the topic list gained `liability` (findings on caps, exclusions, indemnities and guarantees). */
  version: 2;
  scenario: ScenarioId | null;
  /** Why that scenario was chosen when it was detected rather than given. */
  scenarioReason?: string;
  /** The catalog messages the result's own sentences were worded from. */
  wording?: { scenarioReason?: Wording };
  role?: RoleId;
  /**
   * The sides to choose from when no side was given and the document records none: missing and
   * one-sided checks did not run. Every role of the scenario, or of every scenario when none is known.
   */
  sides?: RoleId[];
  /**
   * With a side: the draft's own names for our party and theirs, where the draft lets us tell, and
   * the other parties of a deal among three or more that are on neither side as far as the draft says.
   */
  parties?: { ours?: string; theirs?: string; others?: string[] };
  topics: TopicPresence[];
  findings: Finding[];
}

export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

/**
 * Whether a finding's fix goes in as a clause of its own rather than replacing the passage it
 * quotes: a missing term, including one worded as the gap in a term that covers another part of the
 * topic ("the data terms leave open who owns the test results"), which quotes that other part.
 */
export function addsClause(f: Pick<Finding, 'kind' | 'rule'>): boolean {
  return f.kind === 'missing' || f.rule === 'missing';
}
