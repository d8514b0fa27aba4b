import type { DocModel } from '../document';
import type { Section } from '../review';

/**
 * The draft paragraph whose look a new clause's heading copies, for the redline writer and for
 * Word's apply-fix alike: new clauses are top-level sections, so the last top-level one ("7", not
 * "7.2") at or before `anchor`, where the new clause goes in after; in a table of clauses (`cell`),
 * only one in the same table and column. The anchor itself where there is none.
 */
export function newHeadingModel(model: DocModel, sections: readonly Section[], anchor: number, cell?: number): number {
  const table = model.paragraphs[anchor]?.table?.table;
  const column = (i: number): boolean => cell === undefined || (model.paragraphs[i]?.table?.table === table && model.paragraphs[i]?.table?.cell === cell);
  const top = [...sections].reverse().find((s) => s.paragraph <= anchor && /^\d+$/.test(s.label) && column(s.paragraph));
  return top?.paragraph ?? anchor;
}
