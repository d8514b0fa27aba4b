import type { RenderedClause } from '../core/agreement/rendered';
import type { DocModel } from '../core/document';
import type { ProposedFix } from '../host/standalone';
import { documentKeys } from '../taskpane/review/documentKeys';
import { readStored, writeStored } from '../taskpane/shared/storage';

/**
 * The clauses proposed for a document, kept in the browser under the document's key (parties and
 * opening, as dismissals are), so a reload or opening the same draft again brings them back.
 */
const PREFIX = 'clausewright.proposals.';

export function storedProposals(doc: DocModel): ProposedFix[] {
  return readStored(`${PREFIX}${documentKeys(doc).key}`, (raw) => parseProposals(raw, doc.paragraphs.length)) ?? [];
}

/** Whether they were kept; false when the browser refused (the page then warns before a reload). */
export function storeProposals(doc: DocModel, fixes: readonly ProposedFix[]): boolean {
  return writeStored(`${PREFIX}${documentKeys(doc).key}`, fixes.length > 0 ? fixes : undefined);
}

/**
 * Our fixes no longer found whose records the user chose to forget, kept as the proposals are (the
 * workspace never edits the file, so the records stay in it and would be named again on a reload).
 */
const FORGOTTEN = 'clausewright.forgotten.';

export function storedForgotten(doc: DocModel): string[] {
  return readStored(`${FORGOTTEN}${documentKeys(doc).key}`, (raw) => (Array.isArray(raw) ? raw.filter((tag): tag is string => typeof tag === 'string') : null)) ?? [];
}

export function storeForgotten(doc: DocModel, tags: readonly string[]): boolean {
  return writeStored(`${FORGOTTEN}${documentKeys(doc).key}`, tags.length > 0 ? tags : undefined);
}

/** What was stored is user data from an older version, perhaps: keep each proposal that is whole. */
export function parseProposals(raw: unknown, paragraphs: number): ProposedFix[] | null {
  if (!Array.isArray(raw)) return null;
  return raw.filter((f): f is ProposedFix => {
    const p = f as Partial<ProposedFix> | null;
    const at = p?.paragraph;
    return (
      !!p &&
      typeof p.findingId === 'string' &&
      (at === null || (typeof at === 'number' && Number.isInteger(at) && at >= 0 && at < paragraphs)) &&
      isClause(p.clause)
    );
  });
}

function isClause(c: unknown): c is RenderedClause {
  const x = c as Partial<RenderedClause> | null;
  return (
    !!x &&
    ['clauseId', 'variantId', 'title', 'number', 'tag'].every((k) => typeof (x as Record<string, unknown>)[k] === 'string') &&
    Array.isArray(x.paragraphs) &&
    x.paragraphs.every((p) => p && typeof p.label === 'string' && typeof p.text === 'string')
  );
}
