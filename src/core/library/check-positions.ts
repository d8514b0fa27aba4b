import { isRoleOf } from '../scenarios';
import type { LibraryIssue } from './issues';
import type { Library } from './library';

/**
 * Playbook positions against the clauses: the fixing variant must exist, apply to the deal, and be
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
        const fix = position!.fix;
        // A clause file that did not load has its own issue; the fix is checked once it does.
        if (!fix || brokenClauses.has(fix.clause)) continue;
        const clause = library.clauses.find((c) => c.id === fix.clause);
        const variant = clause?.variants.find((v) => v.id === fix.variant);
        if (!clause) issues.push({ file: s.file, field: `${field}.fix.clause`, key: 'library.playbook.unknownClause', params: { clause: fix.clause } });
        else if (!variant)
          issues.push({ file: s.file, field: `${field}.fix.variant`, key: 'library.playbook.unknownVariant', params: { clause: fix.clause, variant: fix.variant, variants: clause.variants.map((v) => v.id).join(', ') } });
        else if (variant.applies?.scenarios && !variant.applies.scenarios.includes(s.id))
          issues.push({ file: s.file, field: `${field}.fix.variant`, key: 'library.playbook.otherDeal', params: { clause: fix.clause, variant: fix.variant } });
        else if (variant.applies?.roles && !variant.applies.roles.includes(role))
          issues.push({ file: s.file, field: `${field}.fix.variant`, key: 'library.playbook.otherSide', params: { clause: fix.clause, variant: fix.variant, roles: variant.applies.roles.join(', ') } });
      }
    }
  }
  return issues;
}
