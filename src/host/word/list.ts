import type { DriftEntry, HostCapabilities, HostResult, PlacedClause, RenderClause } from '../types';
import { compareClauses } from '../common/drift';
import { goneFixesNote } from '../common/gone';
import { placeClauses } from '../common/place';
import type { ClauseRecords } from '../../core/agreement/records';
import type { WordApi } from './api';
import { failed, ok, reading } from './errors';
import { readModel } from './read';
import { recordsReader } from './records';

/**
 * The document and the stored records, read together in readModel's two round trips. With `prune`
 * (only on the user's "forget"), the records of fixes no longer in the document go, in one round
 * trip more where there are any (records.ts); `removed` counts them.
 */
async function readPlaced(api: WordApi, caps: HostCapabilities, prune = false): Promise<{ placed: PlacedClause[]; records: ClauseRecords; removed: number }> {
  return api.run(async (ctx) => {
    const reader = caps.recordValues ? recordsReader(ctx) : null;
    reader?.queue();
    const doc = await readModel(ctx, caps, false, reader ? () => reader.more() : undefined);
    const records = reader ? reader.records() : {};
    const placed = placeClauses(doc, records);
    const removed = prune && reader ? reader.prune(new Set(placed.map((c) => c.tag))) : 0;
    if (removed > 0) await ctx.sync();
    return { placed, records, removed };
  });
}

/**
 * Our clauses in the document; the pane's check that a fix is still in. A plain read: the records
 * of fixes no longer found stay (a clause edited past recognition is still the user's), and a note
 * names them.
 */
export function listClauses(api: WordApi, caps: HostCapabilities): Promise<HostResult<PlacedClause[]>> {
  if (!caps.read) return Promise.resolve(failed({ key: 'host.limit.api13' }));
  return reading(async () => {
    const { placed, records } = await readPlaced(api, caps);
    return ok(placed, goneFixesNote(placed, records));
  });
}

/** The user's "forget": the records of our fixes no longer found go, in one round trip more only when there are any. */
export function forgetGoneFixes(api: WordApi, caps: HostCapabilities): Promise<HostResult<{ removed: number }>> {
  if (!caps.read) return Promise.resolve(failed({ key: 'host.limit.api13' }));
  return reading(async () => {
    return ok({ removed: (await readPlaced(api, caps, true)).removed });
  });
}

export function checkDrift(api: WordApi, caps: HostCapabilities, render: RenderClause): Promise<HostResult<DriftEntry[]>> {
  if (!caps.read) return Promise.resolve(failed({ key: 'host.limit.api13' }));
  return reading(async () => {
    const { placed, records } = await readPlaced(api, caps);
    return ok(compareClauses(placed, records, render), caps.recordValues ? goneFixesNote(placed, records) : [{ key: 'host.limit.record' }]);
  });
}
