import { RULE_INFO } from '../review/rules';
import { isRoleOf } from '../scenarios';
import type { FixRef } from '../findings';
import type { LibraryIssue } from './issues';
import type { Library } from './library';

/**
 * Playbook positions against the clauses: each fixing variant must exist, apply to the deal, and be
 * written for our side (a variant whose roles leave ours out serves the other side, such as a
 * grant-back offered to the licensee); and a rule answers to one position per side, so its weight
 * for that side is never in doubt.
 */
export function checkPositions(library: Library, brokenClauses: ReadonlySet<string>): LibraryIssue[] {
  const issues: LibraryIssue[] = [];
  for (const s of library.scenarios) {
    for (const [role, entry] of Object.entries(s.playbook)) {
      if (!isRoleOf(s.id, role)) continue;
      const named = new Map<string, string>();
      for (const [topic, position] of Object.entries(entry.positions ?? {})) {
        const field = `playbook.${role}.positions.${topic}`;
        for (const rule of Object.keys(position!.findings)) {
          const other = named.get(rule);
          if (other) issues.push({ file: s.file, field: `${field}.findings`, key: 'library.playbook.ruleTwice', params: { rule, topic: other } });
          named.set(rule, topic);
        }
        // A rule's own fix in `fixes` is for a rule the position weighs, and is read only for findings
        // filed under the position's topic (review/rules/finding.ts): on another, the rule keeps its own.
        for (const rule of Object.keys(position!.fixes ?? {})) {
          const filed = RULE_INFO.find((r) => r.id === rule)?.topic;
          if (!(rule in position!.findings)) issues.push({ file: s.file, field: `${field}.fixes.${rule}`, key: 'library.playbook.fixUnnamed', params: { rule } });
          else if (filed !== undefined && filed !== topic) issues.push({ file: s.file, field: `${field}.fixes.${rule}`, key: 'library.playbook.fixUnread', params: { rule, topic: filed } });
        }
        const fixes: [string, FixRef][] = [...(position!.fix ? [['fix', position!.fix] as [string, FixRef]] : []), ...Object.entries(position!.fixes ?? {}).map(([rule, fix]): [string, FixRef] => [`fixes.${rule}`, fix])];
        for (const [at, fix] of fixes) {
          // A clause file that did not load has its own issue; the fix is checked once it does.
          if (!brokenClauses.has(fix.clause)) issues.push(...checkFix(library, s, role, `${field}.${at}`, fix));
        }
      }
    }
  }
  return issues;
}

/** A fixing variant must exist, apply to the deal, and be written for our side. */
function checkFix(library: Library, s: Library['scenarios'][number], role: string, field: string, fix: FixRef): LibraryIssue[] {
  const clause = library.clauses.find((c) => c.id === fix.clause);
  const variant = clause?.variants.find((v) => v.id === fix.variant);
  if (!clause) return [{ file: s.file, field: `${field}.clause`, key: 'library.playbook.unknownClause', params: { clause: fix.clause } }];
  if (!variant)
    return [{ file: s.file, field: `${field}.variant`, key: 'library.playbook.unknownVariant', params: { clause: fix.clause, variant: fix.variant, variants: clause.variants.map((v) => v.id).join(', ') } }];
  if (variant.applies?.scenarios && !variant.applies.scenarios.includes(s.id))
    return [{ file: s.file, field: `${field}.variant`, key: 'library.playbook.otherDeal', params: { clause: fix.clause, variant: fix.variant } }];
  if (variant.applies?.roles && !variant.applies.roles.includes(role))
    return [{ file: s.file, field: `${field}.variant`, key: 'library.playbook.otherSide', params: { clause: fix.clause, variant: fix.variant, roles: variant.applies.roles.join(', ') } }];
  return [];
}
