import type { DocModel } from '../../core/document';
import type { ReviewResult } from '../../core/findings';
import { fixTextsFor } from '../../core/fix/clause';
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
 * The report as the reviewer left the review: the open findings' fixes worded as they go in
 * together (new sections numbered first, shared terms defined once, among those only), and the
 * dismissed findings under their own heading, each fix standing alone. The workspace and the
 * command line both make their report here.
 */
export async function reportFor({ result, doc, file, library, locale, companyName = '', dismissed = new Set() }: ReportRequest): Promise<Uint8Array> {
  const open = result.findings.filter((f) => !dismissed.has(f.id));
  const fixText = library && fixTextsFor(library, result, doc, { locale, companyName, fixing: open });
  return writeReportDocx({ result, doc, ...(file ? { file } : {}), ...(fixText ? { fixText } : {}), ...(library ? { library } : {}), dismissed, locale });
}
