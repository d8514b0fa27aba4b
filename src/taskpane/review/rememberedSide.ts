import { isRoleOf, isScenarioId, type RoleId, type ScenarioId } from '../../core/scenarios';
import { writeStored } from '../shared/storage';
import { readMigrated, type DocumentKeys } from './documentKeys';

/** The side the user chose for one document, under that document's key. */
export interface RememberedSide {
  scenario: ScenarioId;
  role: RoleId;
}

const PREFIX = 'clausewright.side.';

function parseSide(raw: unknown): RememberedSide | null {
  const r = raw as Partial<RememberedSide> | null;
  return r && typeof r.scenario === 'string' && isScenarioId(r.scenario) && typeof r.role === 'string' && isRoleOf(r.scenario, r.role)
    ? { scenario: r.scenario, role: r.role as RoleId }
    : null;
}

/** The side chosen for this document before, if any. */
export function rememberedSide(keys: DocumentKeys): RememberedSide | null {
  return readMigrated(PREFIX, keys, parseSide);
}

/** Keep the side the user chose, so reopening the document reviews it from that side again. */
export function rememberSide(key: string, side: RememberedSide): void {
  writeStored(`${PREFIX}${key}`, side);
}
