import type { DocModel } from '../../core/document';
import type { ReviewResult } from '../../core/findings';
import { proposals } from '../../core/fix/proposed';
import type { Locale } from '../../core/i18n';
import type { Library } from '../../core/library';
import { writeReportDocx } from './report';

export interface ReportRequest {
  result: ReviewResult;
  doc: DocModel;
  file?: string;
  library?: Library;
  locale: Locale;
  companyName?: string;
  /** Findings the reviewer set aside. */
  dismissed?: ReadonlySet<string>;
}

/**
 * The report as the reviewer left the review: the open findings' fixes worded and placed as they
 * go in together (new sections numbered first, shared terms defined once, a clause replaced by one
 * fix only), with the reader's copy where the draft is in the other language, as the issues list
 * has them (proposals); the dismissed findings under their own heading, each fix standing alone.
 * The workspace and the command line both make their report here.
 */
export async function reportFor({ result, doc, file, library, locale, companyName = '', dismissed = new Set() }: ReportRequest): Promise<Uint8Array> {
  const open = result.findings.filter((f) => !dismissed.has(f.id));
  const proposal = library && proposals(library, result, doc, { locale, companyName, open });
  return writeReportDocx({ result, doc, ...(file ? { file } : {}), ...(proposal ? { proposal } : {}), ...(library ? { library } : {}), dismissed, locale });
}
