import { renderRecorded } from '../../core/agreement';
import type { Library } from '../../core/library';
import type { RenderClause } from '../types';

/**
 * checkDrift's render function over a loaded library: the clause's paragraphs as built, one a line.
 * The section number does not matter, as drift compares wording without labels.
 */
export function libraryRenderer(library: Library): RenderClause {
  return (clauseId, variantId, values, language) =>
    renderRecorded(library, clauseId, variantId, '0', values, language)
      .map((p) => p.text)
      .join('\n');
}
