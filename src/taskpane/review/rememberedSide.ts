import { isRoleOf, isScenarioId, type RoleId, type ScenarioId } from '../../core/scenarios';
import { readStored, writeStored } from '../shared/storage';

/** The side the user chose for one document, under that document's fingerprint. */
export interface RememberedSide {
  scenario: ScenarioId;
  role: RoleId;
}

function sideKey(fingerprint: string): string {
  return `clausewright.side.${fingerprint}`;
}

function parseSide(raw: unknown): RememberedSide | null {
  const r = raw as Partial<RememberedSide> | null;
  return r && typeof r.scenario === 'string' && isScenarioId(r.scenario) && typeof r.role === 'string' && isRoleOf(r.scenario, r.role)
    ? { scenario: r.scenario, role: r.role as RoleId }
    : null;
}

/** The side chosen for this document before, if any. */
export function rememberedSide(fingerprint: string): RememberedSide | null {
  return readStored(sideKey(fingerprint), parseSide);
}

/** Keep the side the user chose, so reopening the document reviews it from that side again. */
export function rememberSide(fingerprint: string, side: RememberedSide): void {
  writeStored(sideKey(fingerprint), side);
}
