import type { ClauseRecords } from '../../core/agreement/records';
import type { HostMessage, PlacedClause } from '../types';

/**
 * The note naming our fixes whose record stays but which are no longer found in the document
 * (rejected, deleted, or edited past recognition), or none. Listing never removes a record: the
 * user is told, and removes them with forgetGoneFixes.
 */
export function goneFixesNote(placed: readonly PlacedClause[], records: ClauseRecords): HostMessage[] {
  const found = new Set(placed.map((c) => c.tag));
  const gone = Object.entries(records).filter(([tag, r]) => r.proposed && !found.has(tag));
  if (gone.length === 0) return [];
  return [{ key: 'host.note.fixesGone', params: { fixes: gone.map(([, r]) => r.title).join('; ') } }];
}
