/** Before anything is sent: deal readiness, the NDA gate, partner due diligence and the disclosure record. */
export * from './readiness';
export * from './gate';
export * from './record';
export * from './deal';
export * from './diligence';
export * from './document';
export { toCsv, csvCell } from './csv';
export { recordRows, disclosureSchedule, recordWordsIn, COLUMNS, DISCLOSURE_SCHEDULE, type RecordWords } from './schedule';
export { disclosureRecordDoc, disclosureRecordCsv, markingText } from './export';
