import { CLAUSES_NS, clauseRecordsXml, parseClauseRecordsXml } from '../../io/clause-records';
import type { RenderedClause } from '../../core/agreement/rendered';
import { type ClauseRecords, parseRecords, recordOf, RECORDS_KEY } from '../../core/agreement/records';
import type { WordContext } from './api';

/**
 * The clause records in Word: each insertion adds one custom XML part in our namespace holding the
 * records of the clauses it inserted (so writing never needs a read of earlier parts, and insertion
 * stays at two round trips); readers merge every part in document order, later ones winning. The
 * .docx writer stores the same part, so the records travel with the file. Documents from before
 * the part keep theirs in a document setting, still read.
 */
export function addRecords(ctx: WordContext, clauses: readonly RenderedClause[], how: { proposed?: true } = {}): void {
  ctx.document.customXmlParts.add(recordsXml(clauses, how));
}

export function recordsXml(clauses: readonly RenderedClause[], how: { proposed?: true } = {}): string {
  return clauseRecordsXml(Object.fromEntries(clauses.map((c) => [c.tag, { ...recordOf(c), ...how }])));
}

/**
 * Queues the read in three steps that ride on the caller's round trips: `queue` before the first
 * sync, `more` after it (true when it queued something for a second sync), `records` after that.
 */
export function recordsReader(ctx: WordContext) {
  const setting = ctx.document.settings.getItemOrNullObject(RECORDS_KEY);
  const parts = ctx.document.customXmlParts.getByNamespace(CLAUSES_NS);
  let xml: { readonly value: string }[] = [];
  return {
    /**
     * On the user's "forget" only (list.ts): queues the removal of the parts that only record fixes of ours no longer in the document
     * (rejected or deleted in Word), `kept` being the tags of our clauses that are; returns how many
     * fixes' records it queued, the caller syncing once more when there are any. A part recording a
     * clause inserted whole, or one still in, stays.
     */
    prune(kept: ReadonlySet<string>): number {
      let removed = 0;
      (parts.items ?? []).forEach((p, i) => {
        const records = Object.entries(parseClauseRecordsXml(xml[i]?.value ?? '') ?? {});
        if (records.length === 0 || !records.every(([tag, r]) => r.proposed && !kept.has(tag))) return;
        p.delete();
        removed += records.length;
      });
      return removed;
    },
    queue(): void {
      setting.load('value');
      parts.load('items');
    },
    more(): boolean {
      // Word on the web has answered this load with no items at all on new documents (office-js#6673).
      xml = (parts.items ?? []).map((p) => p.getXml());
      return xml.length > 0;
    },
    records(): ClauseRecords {
      const merged: ClauseRecords = setting.isNullObject ? {} : parseRecords(setting.value);
      for (const x of xml) Object.assign(merged, parseClauseRecordsXml(x.value) ?? {});
      return merged;
    },
  };
}
