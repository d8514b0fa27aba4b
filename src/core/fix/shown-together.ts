import type { RenderedClause } from '../agreement/rendered';
import type { Finding, FixRef } from '../findings';
import type { FixClause } from './clause';
import { definedOnce, definedOnceNumbered } from './defined-once';

/**
 * Fixes shown side by side (an issues list, a report, the workspace's cards) as a redline of the
 * same findings writes them: a term several of them define is defined once, in the first section
 * that uses it, for every section that does (definedOnce), not again under each fix. `findings`
 * are those whose fixes go in together; a fix asked for another (a dismissed point) keeps its own
 * definitions, as it would stand alone.
 */
export function definedOnceAmong(fixes: FixClause, findings: readonly Finding[]): FixClause {
  const refKey = (fix: FixRef): string => `${fix.clause}/${fix.variant}`;
  const chosen = new Map<string, RenderedClause>();
  for (const f of findings) {
    const clause = f.fix && !chosen.has(refKey(f.fix)) ? fixes(f.fix) : undefined;
    if (clause) chosen.set(refKey(f.fix!), clause);
  }
  const together = definedOnceTogether([...chosen.values()]);
  return (fix) => {
    const clause = chosen.get(refKey(fix)) ?? fixes(fix);
    return clause && together(clause);
  };
}

/**
 * Clauses that go in together, each clause proposed twice counted once, with the terms they share
 * defined once among them (definedOnce): the shared step of the issues list, the report and the
 * workspace's cards (`numbered`: a clause numbered for where it goes, inDraftStyleAt). The returned lookup gives a clause's wording among them, or the clause as it
 * was where it is not one of them.
 */
export function definedOnceTogether(clauses: readonly RenderedClause[], numbered?: (clause: RenderedClause) => RenderedClause): (clause: RenderedClause) => RenderedClause {
  const keyOf = (c: RenderedClause): string => `${c.clauseId}/${c.variantId}`;
  const going = new Map<string, RenderedClause>();
  for (const c of clauses) if (!going.has(keyOf(c))) going.set(keyOf(c), c);
  // Where it is known how each goes in, the sections are cited by the labels they go in under.
  const once = numbered ? definedOnceNumbered([...going.values()], numbered) : definedOnce([...going.values()]);
  const together = new Map([...going.keys()].map((k, i) => [k, once[i]!]));
  return (clause) => together.get(keyOf(clause)) ?? clause;
}
