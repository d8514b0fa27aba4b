import type { Evidence } from '../../findings';
import { EVIDENCE_CAP } from '../rules/text';
import type { OwnershipClause } from './ownership';

/** One quote per sentence from the terms a finding rests on, the first EVIDENCE_CAP of them, as rules quote hits. */
export function termEvidence(terms: readonly OwnershipClause[]): Evidence[] {
  const seen = new Set<OwnershipClause['sentence']>();
  const out: Evidence[] = [];
  for (const t of terms) {
    if (seen.has(t.sentence)) continue;
    seen.add(t.sentence);
    out.push(t.quote);
    if (out.length === EVIDENCE_CAP) break;
  }
  return out;
}
