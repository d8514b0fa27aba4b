import type { DocClauseRecord } from '../document';
import type { RenderedClause } from './rendered';
import { clauseParagraphs } from './clause-text';
import { fingerprint } from './fingerprint';

/** What we store in the document about each clause we inserted (see DocClauseRecord). */
export type ClauseRecord = DocClauseRecord;

export type ClauseRecords = Record<string, ClauseRecord>;

/** The document setting where Word hosts before the custom XML part kept the records, as JSON. */
export const RECORDS_KEY = 'clausewright.clauses.v1';

export function recordOf(clause: RenderedClause): ClauseRecord {
  return {
    clauseId: clause.clauseId,
    variantId: clause.variantId,
    version: clause.clauseVersion,
    title: clause.title,
    values: clause.values,
    fingerprints: clauseParagraphs(clause).map(fingerprint),
  };
}

/** Reads records written by this or an earlier run; anything malformed is ignored, not trusted. */
export function parseRecords(value: unknown): ClauseRecords {
  const raw = typeof value === 'string' ? safeJson(value) : value;
  if (!raw || typeof raw !== 'object') return {};
  const out: ClauseRecords = {};
  for (const [tag, r] of Object.entries(raw as Record<string, unknown>)) {
    const rec = r as Partial<ClauseRecord> | null;
    if (
      rec &&
      typeof rec.clauseId === 'string' &&
      typeof rec.variantId === 'string' &&
      typeof rec.title === 'string' &&
      rec.values && typeof rec.values === 'object' &&
      Array.isArray(rec.fingerprints)
    ) {
      out[tag] = rec as ClauseRecord;
    }
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
