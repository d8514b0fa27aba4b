import type { DocModel } from '../core/document';
import type { Finding } from '../core/findings';
import type { RenderedClause, RenderedTerms } from '../core/agreement/rendered';
import type { FixPlacement } from '../core/fix/placement';
import type { MessageKey, MessageParams } from '../core/i18n';

/**
 * The document the user works in, behind one interface: Word (host/word, over Office.js) or the
 * browser workspace (host/standalone, over a DocModel read from a .docx). The task pane calls only
 * this. Every operation is one user action: a small constant number of round trips to Word, one
 * batch the user can undo, and a result that says exactly what was done when it did not all work.
 */
export interface Host {
  capabilities(): HostCapabilities;
  readDocument(options?: ReadOptions): Promise<HostResult<DocModel>>;
  /** Headings and numbered clauses, each clause in a content control tagged as ours. */
  /** With `zh`, a bilingual agreement: each English paragraph followed by its Chinese. */
  insertClauses(terms: RenderedTerms, where: InsertWhere, zh?: RenderedTerms): Promise<HostResult<InsertReport>>;
  /**
   * Our clauses found in the document, by content-control tag or, when the control was lost, by
   * text. A plain read: a note (host.note.fixesGone) names our fixes recorded but no longer found.
   */
  listClauses(): Promise<HostResult<PlacedClause[]>>;
  /** Each of our clauses compared with the library text rendered with the values it was filled with; the same note as listClauses. */
  checkDrift(render: RenderClause): Promise<HostResult<DriftEntry[]>>;
  /** The user's "forget": removes the records of our fixes no longer found (the only path that removes them). */
  forgetGoneFixes(): Promise<HostResult<{ removed: number }>>;
  /**
   * Comments where Word can add them, highlights where it cannot. `fixText` gives the text of the
   * clause that fixes a finding (from core/fix, as applyFix inserts it), for the comment to carry.
   */
  markFindings(findings: readonly Finding[], fixText?: (finding: Finding) => string | undefined): Promise<HostResult<MarkReport>>;
  /** Removes only the comments and highlights markFindings added. */
  clearMarks(): Promise<HostResult<{ removed: number }>>;
  /** Selects the finding's passage so the user sees it. */
  goTo(finding: Finding): Promise<HostResult<null>>;
  /** Puts the vetted clause where core's `placement` says (the whole clause holding the finding's
   * passage, or only its own subject's part of it), or at the cursor when the finding has no
   * passage, as a tracked change where the host tracks changes. */
  applyFix(finding: Finding, clause: RenderedClause, placement?: FixPlacement): Promise<HostResult<FixReport>>;
  /** Opens a .docx we made (a report) as a new document, where the host can (capabilities().openDocument):
   * Word for Mac and iPad ignore browser downloads (office-js#3385), so Word opens files this way. */
  openDocument(docx: Uint8Array): Promise<HostResult<null>>;
  /**
   * Puts a classification marking at the top of every section's header of the open document, where
   * the host can (capabilities().headerMarking); a header that already carries it is left as it is.
   */
  markHeader(text: string): Promise<HostResult<{ sections: number; marked: number }>>;
}

export interface ReadOptions {
  /** For a review: paragraphs read as if tracked changes were accepted, and the changes listed by
   * author. Off by default, as Word is slow to list changes and has hung doing so on some files
   * (office-js#4653, #5216, #5772), and only a review needs them. */
  revisions?: boolean;
}

/** A catalog message the UI translates; hosts never build user-facing sentences themselves. */
export interface HostMessage {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * `ok: false` means the operation did not complete: `error` says why and `done` lists exactly what
 * was changed in the document anyway (empty when it is as it was).
 */
export type HostResult<T> =
  | { ok: true; value: T; notes: HostMessage[] }
  | { ok: false; error: HostMessage; done: HostMessage[] };

export type InsertWhere = 'cursor' | 'end';

export interface HostCapabilities {
  /** Requirement sets the host offers; the standalone host reports what it emulates. */
  apiSets: { '1.3': boolean; '1.4': boolean; '1.6': boolean };
  read: boolean;
  insert: boolean;
  /** Findings become comments (else highlights). */
  comments: boolean;
  /** applyFix does something: a tracked change in Word, a proposed replacement in the workspace. */
  applyFix: boolean;
  /** Fixes go in as tracked changes (Word with WordApi 1.4); Word without it declines rather than edit untracked. */
  trackedFixes: boolean;
  /** Clause fill values are stored in the document, so drift can be checked later. */
  recordValues: boolean;
  /** Tracked changes are read by author. */
  readRevisions: boolean;
  /** Files we make open as new documents in the host instead of downloading. */
  openDocument: boolean;
  /** A classification marking can be put in the document's headers. */
  headerMarking: boolean;
  /** One message per missing feature, for the UI to show beside the feature. */
  limits: HostMessage[];
}

export interface InsertReport {
  clauses: number;
  paragraphs: number;
  /** Whether the fill values were recorded in the document (needs WordApi 1.4 in Word). */
  recorded: boolean;
}

export interface PlacedClause {
  tag: string;
  clauseId: string;
  variantId: string;
  version: string;
  title: string;
  /** Paragraph indexes (reading order) the clause occupies now. */
  paragraphs: number[];
  /** The paragraphs' text, joined with "\n". */
  text: string;
  /** How it was found: its content control, or its text when the control was lost. */
  located: 'control' | 'fingerprint';
}

/** A recorded clause's library text, one paragraph a line, in the language it was built in. */
export type RenderClause = (clauseId: string, variantId: string, values: Record<string, string>, language?: 'en' | 'zh') => string;

export type DriftStatus = 'unchanged' | 'edited' | 'removed' | 'unverifiable';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface DriftEntry {
  tag: string;
  clauseId: string;
  variantId: string;
  title: string;
  status: DriftStatus;
  located?: PlacedClause['located'];
  /** Word diff from the library text to the document text, for `edited`. */
  diff?: DiffPart[];
  /** Why a clause is `unverifiable`, or that its control was lost. */
  note?: HostMessage;
}

export interface MarkReport {
  marked: number;
  as: 'comment' | 'highlight';
  /** Findings with no passage (a missing term), or whose passage is no longer in the document. */
  unplaced: string[];
}

export interface FixReport {
  mode: 'replaced' | 'inserted';
  paragraphs: number;
  /** True in Word (a tracked change); false in the workspace, where the fix is recorded as proposed. */
  tracked: boolean;
}
