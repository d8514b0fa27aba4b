import type { DocModel } from '../../../core/document';
import type { ReviewResult } from '../../../core/findings';
import type { MessageParams } from '../../../core/i18n';
import type { Locale } from '../../../core/i18n';
import type { RoleId, ScenarioId } from '../../../core/scenarios';
import type { DocxErrorCode } from '../../../io';
import type { AcceptedFinding } from '../../../io/write/redline';
import type { ReviewPart } from './reviewPart';
import type { DocSlot } from './held';

/** A review of a document, with what the page knows of the user's choices and settings. */
export interface ReviewRequest {
  kind: 'review';
  doc: DocModel;
  /** What the review takes from the clause library (reviewPart.ts). */
  library?: ReviewPart;
  locale: Locale;
  scenario?: ScenarioId;
  role?: RoleId;
  /** The side to take once the deal is known, by scenario, when no role is given. */
  sides?: Partial<Record<ScenarioId, RoleId>>;
  /** Rule ids the user switched on in Settings (opt-in rules). */
  enabled?: readonly string[];
  /** Our company's name (Settings), which tells our party where the draft names both by company. */
  companyName?: string;
  /** The document's other language version as a separate file, checked against it. */
  counterpart?: DocModel;
  /** Where our company is established (Settings), for drafts that do not say where our party is. */
  established?: string;
}

/** What the page asks of the worker: read a file's bytes, review a document, or redline the file. */
export type WorkRequest =
  /** `slot`: the draft (by default), or its other language version opened beside it. */
  | { kind: 'read'; file: Blob; text: boolean; slot?: DocSlot }
  | ReviewRequest
  /** The opened .docx back with the accepted fixes as tracked changes and the findings as comments. */
  | { kind: 'redline'; file: Blob; accepted: AcceptedFinding[]; author?: string; locale: Locale };

/** Sent in place of a document or of the library that the worker holds from an earlier request (held.ts). */
export const KEPT = 'kept';

/** A review as it crosses: what the worker holds named by KEPT, and which documents it should keep. */
export type SentReview = Omit<ReviewRequest, 'doc' | 'counterpart' | 'library'> & {
  doc: DocModel | typeof KEPT;
  counterpart?: DocModel | typeof KEPT;
  library?: ReviewPart | typeof KEPT;
  keep: DocSlot[];
};

/** What crosses to the worker. */
export type SentRequest = Exclude<WorkRequest, ReviewRequest> | SentReview;

/** A file that could not be read: the reader's error code and parameters, so the page words it in its language. */
export interface WorkRefusal {
  code: DocxErrorCode;
  params: MessageParams;
}

export type WorkReply =
  | { kind: 'read'; doc: DocModel }
  | { kind: 'review'; result: ReviewResult }
  | { kind: 'redlined'; docx: Uint8Array; changes: number; comments: number }
  | { kind: 'refused'; refusal: WorkRefusal }
  /** Code or messages the work needs could not be fetched: a retry may work once the connection does. */
  | { kind: 'unfetched' }
  | { kind: 'failed'; message: string };
