import type { RenderedClause } from '../agreement/rendered';
import type { Finding, FixRef } from '../findings';
import type { FixClause } from './clause';
import { definedOnce } from './defined-once';

const keyOf = (fix: FixRef): string => `${fix.clause}/${fix.variant}`;

/**
 * Fixes shown side by side (an issues list, a report, the workspace's cards) as a redline of the
 * same findings writes them: a term several of them define is defined once, in the first section
 * that uses it, for every section that does (definedOnce), not again under each fix. `findings`
 * are those whose fixes go in together; a fix asked for another (a dismissed point) keeps its own
 * definitions, as it would stand alone.
 */
export function definedOnceAmong(fixes: FixClause, findings: readonly Finding[]): FixClause {
  const keys: string[] = [];
  const clauses: RenderedClause[] = [];
  for (const f of findings) {
    if (!f.fix || keys.includes(keyOf(f.fix))) continue;
    const clause = fixes(f.fix);
    if (!clause) continue;
    keys.push(keyOf(f.fix));
    clauses.push(clause);
  }
  const once = definedOnce(clauses);
  const together = new Map(keys.map((k, i) => [k, once[i]!]));
  return (fix) => together.get(keyOf(fix)) ?? fixes(fix);
}
