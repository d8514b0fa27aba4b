import type { Severity } from '../core/findings';
import type { Locale } from '../core/i18n';
import type { ReviewOptions } from '../core/review';

/** The review command's options, as parsed from its arguments. */
export interface ReviewArgs {
  files: string[];
  scenario?: ReviewOptions['scenario'];
  side?: string;
  json: boolean;
  failOn?: Severity;
  report?: string;
  /** The issues list to write: a .csv or .docx path. */
  issues?: string;
  /** Where the draft goes back with our fixes as tracked changes and our reasons as comments. */
  redline?: string;
  /** With redline: only these rules' findings are taken (empty: every finding). */
  only: string[];
  /** With redline: whose changes and comments they are (else "Clausewright"). */
  author?: string;
  disabled: string[];
  enabled: string[];
  /** The draft's other language version, a separate file, checked against the one draft reviewed. */
  counterpart?: string;
  /** The country our company is established in, for drafts that do not say (else the library's, else CN). */
  established?: string;
  /** Our company's name, to tell which of the draft's parties is ours (three or more, or two named only by company name). */
  ourParty?: string;
}

/** What reviewing one file prints, and its exit code: 0, 1 (a finding at --fail-on) or 2. */
export interface FileResult {
  out: string;
  err: string;
  code: number;
}

/** What every file of a batch is reviewed with; plain data, so it can go to a worker thread. */
export interface ReviewJob {
  args: ReviewArgs;
  locale: Locale;
  /** One of several files: each gets a report of its own. */
  many: boolean;
}
