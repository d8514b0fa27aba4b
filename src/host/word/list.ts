import type { DriftEntry, HostCapabilities, HostResult, PlacedClause, RenderClause } from '../types';
import { compareClauses } from '../common/drift';
import { placeClauses } from '../common/place';
import type { ClauseRecords } from '../../core/agreement/records';
import type { WordApi } from './api';
import { failed, ok, reading } from './errors';
import { readModel } from './read';
import { recordsReader } from './records';

/**
 * The document and the stored records, read together in readModel's two round trips. With `prune`,
 * the records of fixes no longer in the document (Rejected in Word) go, in one round trip more
 * where there are any (records.ts).
 */
async function readPlaced(api: WordApi, caps: HostCapabilities, prune = false): Promise<{ placed: PlacedClause[]; records: ClauseRecords }> {
  return api.run(async (ctx) => {
    const reader = caps.recordValues ? recordsReader(ctx) : null;
    reader?.queue();
    const doc = await readModel(ctx, caps, false, reader ? () => reader.more() : undefined);
    const records = reader ? reader.records() : {};
    const placed = placeClauses(doc, records);
    if (prune && reader?.prune(new Set(placed.map((c) => c.tag)))) await ctx.sync();
    return { placed, records };
  });
}

/** Our clauses in the document; the pane's check that a fix is still in, which also clears the records of fixes gone. */
export function listClauses(api: WordApi, caps: HostCapabilities): Promise<HostResult<PlacedClause[]>> {
  if (!caps.read) return Promise.resolve(failed({ key: 'host.limit.api13' }));
  return reading(async () => ok((await readPlaced(api, caps, true)).placed));
}

export function checkDrift(api: WordApi, caps: HostCapabilities, render: RenderClause): Promise<HostResult<DriftEntry[]>> {
  if (!caps.read) return Promise.resolve(failed({ key: 'host.limit.api13' }));
  return reading(async () => {
    const { placed, records } = await readPlaced(api, caps);
    return ok(compareClauses(placed, records, render), caps.recordValues ? [] : [{ key: 'host.limit.record' }]);
  });
}
