import type { DriftEntry, HostCapabilities, HostResult, PlacedClause, RenderClause } from '../types';
import { compareClauses } from '../common/drift';
import { placeClauses } from '../common/place';
import type { ClauseRecords } from '../../core/agreement/records';
import type { WordApi } from './api';
import { failed, ok, reading } from './errors';
import { readModel } from './read';
import { recordsReader } from './records';

/** The document and the stored records, read together in readModel's two round trips. */
async function readPlaced(api: WordApi, caps: HostCapabilities): Promise<{ placed: PlacedClause[]; records: ClauseRecords }> {
  return api.run(async (ctx) => {
    const reader = caps.recordValues ? recordsReader(ctx) : null;
    reader?.queue();
    const doc = await readModel(ctx, caps, false, reader ? () => reader.more() : undefined);
    const records = reader ? reader.records() : {};
    return { placed: placeClauses(doc, records), records };
  });
}

export function listClauses(api: WordApi, caps: HostCapabilities): Promise<HostResult<PlacedClause[]>> {
  if (!caps.read) return Promise.resolve(failed({ key: 'host.limit.api13' }));
  return reading(async () => ok((await readPlaced(api, caps)).placed));
}

export function checkDrift(api: WordApi, caps: HostCapabilities, render: RenderClause): Promise<HostResult<DriftEntry[]>> {
  if (!caps.read) return Promise.resolve(failed({ key: 'host.limit.api13' }));
  return reading(async () => {
    const { placed, records } = await readPlaced(api, caps);
    return ok(compareClauses(placed, records, render), caps.recordValues ? [] : [{ key: 'host.limit.record' }]);
  });
}
