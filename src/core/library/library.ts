import type { AgreementFrame, AnswerWords, ClauseFile, DefinitionsFile, DiligenceItem, LibraryFile, ScenarioFile } from './schema';

/** A clause library once read and validated: what the builder, the review and the panes use. */
export interface Clause extends ClauseFile {
  /** The file it came from, as given to parseLibrary. */
  file: string;
}

export interface Scenario extends ScenarioFile {
  file: string;
}

export interface Library {
  id: string;
  name: string;
  version: string;
  /** Present when the library can build terms (see library.yaml). */
  agreement?: AgreementFrame;
  values?: AnswerWords;
  /** The frame and answer wording in Chinese, when the library can build Chinese terms. */
  agreementZh?: AgreementFrame;
  valuesZh?: AnswerWords;
  /** Finding rules switched on or off for everyone using this library. */
  review?: LibraryFile['review'];
  /** Sorted by term. */
  definitions: DefinitionsFile['terms'];
  /** Each English defined term and frame word with its one Chinese rendering (glossary.yaml). */
  glossary?: Record<string, string>;
  /** In the order of SCENARIO_IDS. */
  scenarios: Scenario[];
  /** In agreement order: `order`, then id. */
  clauses: Clause[];
  /** The partner due-diligence checklist, when the library has one (diligence.yaml). */
  diligence?: DiligenceItem[];
}

