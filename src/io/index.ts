/** .docx in and out. Pure JavaScript over bytes: runs in Node (CLI) and in the browser (workspace). */
export { readDocx, type ReadOptions } from './read/docx';
export { DEFAULT_LIMITS, type ReadLimits } from './read/package';
export { readTextFile } from './read/text';
export { DocxError, isDocxError, type DocxErrorCode } from './errors';
export { writeTermsDocx } from './write/terms';
export { writeBilingualDocx } from './write/bilingual';
export { writeSimpleDocx } from './write/simple';
export { BUILT_PROPERTY as PROPERTY } from '../core/agreement/rendered';
export { writeReportDocx, type ReportInput } from './write/report';
export { reportFor, type ReportRequest } from './write/report-for';
export { writeIssuesCsv } from './write/issues-csv';
export { writeIssuesDocx } from './write/issues-docx';
export { sectionOf } from './write/section-label';
