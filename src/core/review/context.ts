import type { DocModel } from '../document';
import type { Finding, TopicPresence } from '../findings';
import type { Bilingual, Locale } from '../i18n';
import type { RoleId, ScenarioId } from '../scenarios';
import type { TopicId } from '../topics';
import type { OwnershipClause } from './terms/ownership';

/** A sentence of the document; offsets are within its paragraph's text. */
export interface Sentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** The section label the reader sees for the enclosing clause, e.g. "4.2", when known. */
  section?: string;
  /** The heading of the enclosing section ("Survival", "CONFIDENTIALITY"), when there is one. */
  heading?: string;
}

/** A defined term and where it is defined. */
export interface Definition {
  term: string;
  paragraph: number;
  start: number;
  end: number;
  /** The defining sentence or table row. */
  text: string;
}

export interface Party {
  name: string;
  shortName?: string;
  /** Other names the opening gives the party: the letter of a cover line ("Party A") and the role beside it. */
  aliases?: string[];
}

/** Finding rule ids an organisation switches on (opt-in rules) or off, from its library.yaml. */
export interface RuleSwitches {
  enable?: readonly string[];
  disable?: readonly string[];
  /** Where the organisation's company is established (a country code such as "CN"), for drafts that do not say. */
  established?: string;
}

/** The parts of a clause library the review needs: which clause fixes which topic, and which rules run. */
export interface FixSource {
  review?: RuleSwitches;
  clauses: readonly {
    id: string;
    topic: string;
    variants: readonly {
      id: string;
      stance: string;
      applies?: { scenarios?: readonly string[]; roles?: readonly string[] };
      /** A carve-out beside another clause: the fix only for a finding that names it. */
      beside?: boolean;
      /** Offered only as a review's fix, never built: likewise the fix only for a finding that names it. */
      fixOnly?: boolean;
    }[];
  }[];
}

export type PlaybookCondition = 'cross-border' | 'shares-goods' | 'shares-samples' | 'shares-technology' | 'develops-or-licenses' | 'grants-exclusivity' | 'shares-analysable' | 'improvable' | 'shares-ip' | 'information-lent' | 'resells' | 'delivers-technology' | 'commissions-work' | 'shares-more-than-data' | 'reaches-results' | 'we-disclose';

export interface Playbook {
  required: readonly TopicId[];
  recommended: readonly TopicId[];
  /** What their draft's silence on a topic costs our side; without it, every required topic at its default weight. */
  missing?: Partial<Record<TopicId, { severity: 'high' | 'medium' | 'low'; when?: readonly PlaybookCondition[] }>>;
  /** Where we stand on a topic, and which one-sided findings count against that and how much. */
  positions?: Partial<Record<TopicId, Position>>;
}


/**
 * A playbook position: what we want and can accept, the one-sided rules whose findings go against
 * it at the severity counsel sets ('off': not a finding in this deal for this side), the library
 * variant that fixes it (`fixes`: the variant for a named rule that another clause answers), and
 * optionally counsel's own words on why it matters.
 */
export interface Position {
  want: Bilingual;
  acceptable: Bilingual;
  why?: Bilingual;
  findings: Readonly<Record<string, 'high' | 'medium' | 'low' | 'off'>>;
  fix?: { clause: string; variant: string };
  fixes?: Readonly<Record<string, { clause: string; variant: string }>>;
}

/** Everything a rule may look at; built once per review. */
export interface ReviewContext {
  doc: DocModel;
  sentences: Sentence[];
  definitions: Definition[];
  parties: Party[];
  topics: Record<TopicId, TopicPresence>;
  scenario: ScenarioId | null;
  role?: RoleId;
  playbook?: Playbook;
  library?: FixSource;
  locale: Locale;
  /**
   * Where our company is established (a country code), when the draft does not say where our party
   * is: the user's or organisation's setting, else China, whose companies going abroad this serves.
   */
  established?: string;
  /** Our company's name as the user gives it (`--our-party`, Settings): which party is ours where the draft cannot say. */
  ourParty?: string;
  /** The draft's other language version as a separate file (its English or its Chinese), to compare with. */
  counterpart?: DocModel;
  /** Clauses read as structured terms (terms/), from which topics and rules both read; ownershipTerms resolves their parties. */
  terms?: { ownership: readonly OwnershipClause[] };
}

/** A rule returns findings without ids; the engine assigns stable ids. */
export type RuleFinding = Omit<Finding, 'id'>;
export type Rule = (ctx: ReviewContext) => RuleFinding[];
