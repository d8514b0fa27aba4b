import type { FixRef } from '../findings';

/**
 * The tag that marks a clause as ours, in Word (content control tag) and in our .docx output.
 * Short and parseable: "cw|<clause id>|<variant id>|<clause version>".
 */
export interface ClauseTag {
  clauseId: string;
  variantId: string;
  version: string;
}

const PREFIX = 'cw';

export function clauseTag({ clauseId, variantId, version }: ClauseTag): string {
  return [PREFIX, clauseId, variantId, version].join('|');
}

export function parseClauseTag(tag: string | null | undefined): ClauseTag | null {
  if (!tag) return null;
  const parts = tag.split('|');
  if (parts.length !== 4 || parts[0] !== PREFIX || parts.some((p) => p.length === 0)) return null;
  const [, clauseId, variantId, version] = parts as [string, string, string, string];
  return { clauseId, variantId, version };
}

/** Whether a tag is one of our clauses holding this fix, alone or joined with others (ids and variants joined by "+"). */
export function holdsFix(tag: string | null | undefined, fix: FixRef): boolean {
  const parsed = parseClauseTag(tag);
  if (!parsed) return false;
  const ids = parsed.clauseId.split('+');
  const variants = parsed.variantId.split('+');
  return ids.some((id, i) => id === fix.clause && variants[i] === fix.variant);
}
