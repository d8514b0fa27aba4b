import type { DocModel } from '../document';
import type { Section } from '../review';
import { languageOf } from '../review/bilingual/pairs';
import { newHeadingModel } from './new-heading';

/**
 * Where the draft's clauses sit in a table (its last numbered section is in one that holds most of
 * them), a clause it lacks
 * goes in as a new row of that table, after the row of that section, rather than after the table:
 * `paragraph` is the last paragraph of that row's cell for the clause's text, `cell` its place in
 * the row, `chinese` the place of the cell beside it where the row gives the Chinese of that text
 * (a bilingual two-column table). Undefined for any other layout, or a row of other cells (a
 * number in a cell of its own, a third column), where a new row could not be laid out as the
 * draft's own: the clause then goes in after the draft's last section, as elsewhere.
 */
export interface TableRowPlace {
  paragraph: number;
  cell: number;
  /** The paragraph whose look the new row's heading copies (new-heading.ts). */
  heading: number;
  chinese?: { cell: number; paragraph: number };
}

export function tableRowPlace(model: DocModel, sections: readonly Section[]): TableRowPlace | undefined {
  const numbered = sections.filter((s) => !model.paragraphs[s.paragraph]?.textBox);
  const last = numbered.at(-1);
  const at = last && model.paragraphs[last.paragraph]?.table;
  // A table holding most of the numbered sections holds the clauses; one after clauses in the body (a schedule, a price list) does not.
  if (!at || numbered.filter((s) => model.paragraphs[s.paragraph]?.table?.table === at.table).length * 2 <= numbered.length) return undefined;
  const cells = new Map<number, string[]>();
  const end = new Map<number, number>();
  model.paragraphs.forEach((p, i) => {
    if (p.table?.table !== at.table || p.table.row !== at.row || p.textBox) return;
    cells.set(p.table.cell, [...(cells.get(p.table.cell) ?? []), p.text]);
    end.set(p.table.cell, i);
  });
  const language = (cell: number) => languageOf((cells.get(cell) ?? []).join(' '));
  const heading = (cell: number) => newHeadingModel(model, sections, end.get(cell)!, cell);
  if (cells.size === 1) return { paragraph: end.get(at.cell)!, cell: at.cell, heading: heading(at.cell) };
  if (cells.size !== 2) return undefined;
  const [a, b] = [...cells.keys()] as [number, number];
  const english = language(a) === 'en' && language(b) === 'zh' ? a : language(b) === 'en' && language(a) === 'zh' ? b : undefined;
  const chinese = english === a ? b : a;
  return english === undefined ? undefined : { paragraph: end.get(english)!, cell: english, heading: heading(english), chinese: { cell: chinese, paragraph: end.get(chinese)! } };
}
