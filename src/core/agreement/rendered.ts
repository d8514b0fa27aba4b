import type { TopicId } from '../topics';
import type { FrameTopicId } from '../library/frame-topics';
import type { ScenarioId, RoleId } from '../scenarios';

/**
 * Built terms, ready for any writer: the .docx writer (io), the Word host (host/word) and the
 * text and markdown formats. Everything is filled: no placeholder survives into these strings.
 */
export interface RenderedParagraph {
  /** 1 = the clause's own numbered paragraphs ("5.1"), 2 = sub-clauses ("(a)"). */
  level: 1 | 2;
  /** The label as printed: "5.1", "(a)". Writers that number natively may ignore it. */
  label: string;
  text: string;
}

export interface RenderedClause {
  clauseId: string;
  variantId: string;
  clauseVersion: string;
  topic: TopicId | FrameTopicId | 'definitions';
  /** Section number as printed, "5". */
  number: string;
  /** A fix numbered the draft's way (core/fix/in-draft-style.ts): its heading's label and the gap before the title ("第十一条 ", "ARTICLE XI\t"). */
  headingLabel?: string;
  /** A fix numbered the draft's way: what follows each paragraph's label ("" after 一、); a tab where absent. */
  labelGap?: string;
  title: string;
  paragraphs: RenderedParagraph[];
  /** Content-control tag that marks the clause as ours (see tag.ts). */
  tag: string;
  /** A carve-out that goes in beside the clause it answers, which stays (the library variant's `beside`). */
  beside?: boolean;
  /** The placeholder values this clause was filled with, recorded so drift can be measured later. */
  values: Record<string, string>;
  /** A fix into someone else's draft: the terms its last paragraph defines for its own section (core/fix). */
  local?: LocalDefinitions;
  /** A fix into a draft written in English and Chinese in turn: each paragraph followed by its Chinese (core/fix/in-turn.ts). */
  bilingual?: boolean;
  /** A fix whose last own paragraph opens by saying how long the clause lasts after the agreement ends (core/fix/survival.ts). */
  survival?: Survival;
}

/** The clause's survival sentence: `period` tells sentences that say the same period; `rest`, what follows it in its paragraph. */
export interface Survival {
  period: string;
  sentence: string;
  rest: string;
  /** The library's words for naming each part of a joined section with its own period (core/fix/survival-parts.ts). */
  naming?: SurvivalNaming;
  /** A section joined from fixes that last differently: each fix's part, its sub-sections (none where unnumbered) and its period. */
  parts?: SurvivalPart[];
}

export interface SurvivalPart {
  period: string;
  sentence: string;
  rest: string;
  labels: string[];
  title: string;
}

/** library.yaml `agreement.survivalParts`: how a part is named where its survival sentence opens, and what joins them. */
export interface SurvivalNaming {
  subject: string;
  one: string;
  many: string;
  range: string;
  titled: string;
  separator: string;
  between: string;
  last: string;
}

/**
 * The library terms a fix defines because the draft lacks them, with the wording to define each
 * once where several fixes of one redline need it (core/fix/defined-once.ts).
 */
export interface LocalDefinitions {
  /** Each term with its definition as the clause prints it ('"Results" means ...'). */
  terms: { term: string; text: string }[];
  /** The defining sentence for the clause's own section, `{{definitions}}` left to fill. */
  own: string;
  /** The same for several sections, `{{sections}}`, `{{last}}` and `{{definitions}}` left to fill. */
  shared: string;
  /** Between section numbers in `{{sections}}` (", ", or "条、第" where the wording gives the first 第 and the last 条). */
  separator: string;
  /** Between the first and last of a run of sub-sections (" to ", or "条至第"); without it each is named. */
  range?: string;
}

export interface RenderedParty {
  name: string;
  shortName: string;
  jurisdiction?: string;
  address?: string;
  registration?: string;
  signatory?: string;
  signatoryTitle?: string;
  email?: string;
  role: RoleId;
}

/** The lettered background paragraphs, and the words that open the operative part. */
export interface RenderedRecitals {
  title: string;
  /** "(A)", "(B)"... */
  paragraphs: { label: string; text: string }[];
  agree: string;
}

/** One party's signature block: a heading, then labelled lines; an empty value is a line to sign or date on. */
export interface RenderedSignatureBlock {
  heading: string;
  lines: { label: string; value: string }[];
}

export interface RenderedSigning {
  intro: string;
  blocks: RenderedSignatureBlock[];
}

/**
 * A schedule after the signature page: a heading, notes, then a table (the disclosure record, or
 * the deal's particulars, a row per fact, with a bracketed blank for each fact not yet given).
 */
export interface RenderedSchedule {
  /** What the schedule holds, so writers and readers can find it ("disclosure-record", "project-plan"). */
  id: string;
  /** The heading as printed, with its number: "Schedule 2: Project Plan". */
  title: string;
  intro: string[];
  columns: string[];
  /** One row per item, a cell per column, as printed. */
  rows: string[][];
  /** The first cell of each row names what the row holds ("Test plan"), so plain text prints "Test plan: ...". */
  labelled?: boolean;
  /** A column printed in monospace so a reader can compare it character by character (fingerprints). */
  monospace?: number;
}

export interface RenderedTerms {
  title: string;
  scenario: ScenarioId;
  ourRole: RoleId;
  libraryId: string;
  libraryVersion: string;
  /** The two parties; `A` shares its technology, samples or information, `B` receives them. */
  parties: { A: RenderedParty; B: RenderedParty };
  /** Opening paragraphs naming the parties, before the numbered sections. */
  preamble: string[];
  /** The deal's background, after the preamble; absent when the library has none. */
  recitals?: RenderedRecitals;
  /** Defined terms, sorted, exactly those the clauses use; rendered as the first clause. */
  definitions: { term: string; text: string }[];
  /** Numbered sections in order; the definitions clause is the first. */
  clauses: RenderedClause[];
  /** The signature page, after the last section; absent when the library has none. */
  signing?: RenderedSigning;
  /** Schedules, after the signing page; absent when there are none. */
  schedules?: RenderedSchedule[];
}

/**
 * Custom document properties our .docx writer sets on built terms, so a later review knows the
 * deal and our side without asking (Word keeps them through edits and Save As).
 */
export const BUILT_PROPERTY = {
  library: 'ClausewrightLibrary',
  libraryVersion: 'ClausewrightLibraryVersion',
  scenario: 'ClausewrightScenario',
  role: 'ClausewrightRole',
} as const;
