import type { DocModel } from '../document';
import { hasCjk } from './zh/cjk';

/** A form's label for the purpose field: "Purpose", "Permitted Purpose", "Purpose:". */
const LABEL = /^(?:(?:Permitted|Business|Agreed)\s+)?Purposes?\s*[:：]?$/i;
/** The same label opening a line of an order form: "Purpose: evaluating ...". */
const INLINE = /^(?:(?:Permitted|Business|Agreed)\s+)?Purposes?\s*[:：]\s*/i;
/** A field still to fill in: a placeholder, brackets, a rule of underscores, a bullet, an instruction. */
const UNFILLED = /[{}[\]_•●…]|\bfill\s+in\b|\binsert\b|\bTBD\b/i;

/**
 * Whether a cover page or order form fills in the purpose its standard terms refer to: words beside
 * a "Purpose" label in a table row (after any line describing the field in the label's cell), or
 * after "Purpose:" at the start of a paragraph. A placeholder, brackets or a rule to write on is a
 * field left blank.
 */
export function formStatesPurpose(doc: DocModel): boolean {
  const ps = doc.paragraphs;
  for (const p of ps) {
    const text = p.text.trim();
    if (p.table && p.table.cell === 0 && LABEL.test(text)) {
      const { table, row } = p.table;
      return filled(ps.filter((q) => q.table && q.table.table === table && q.table.row === row && q.table.cell > 0).map((q) => q.text).join(' '));
    }
    const inline = INLINE.exec(text);
    if (!p.table && inline && /^[A-Z]/.test(text)) return filled(text.slice(inline[0].length));
  }
  return false;
}

/** Words, not a placeholder: at least two words of letters ("lidar sensors"), or Chinese. */
function filled(value: string): boolean {
  if (UNFILLED.test(value)) return false;
  return hasCjk(value) || value.split(/\s+/).filter((w) => /[a-z]{3}/i.test(w)).length >= 2;
}
