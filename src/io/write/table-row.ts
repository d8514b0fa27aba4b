import type { DocModel } from '../../core/document';
import type { Section } from '../../core/review';
import { languageOf } from '../../core/review/bilingual/pairs';
import { child, type El } from '../read/xml';
import type { ChangeMark, WordMarkup } from './wordml-markup';
import type { Ids } from './tracked-paragraphs';

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
  if (cells.size === 1) return { paragraph: end.get(at.cell)!, cell: at.cell };
  if (cells.size !== 2) return undefined;
  const [a, b] = [...cells.keys()] as [number, number];
  const english = language(a) === 'en' && language(b) === 'zh' ? a : language(b) === 'en' && language(a) === 'zh' ? b : undefined;
  const chinese = english === a ? b : a;
  return english === undefined ? undefined : { paragraph: end.get(english)!, cell: english, chinese: { cell: chinese, paragraph: end.get(chinese)! } };
}

/** The innermost w:tr of `root` whose span holds offset `at` of the part's text. */
export function rowAt(root: El, at: number): El | undefined {
  let found: El | undefined;
  const walk = (el: El): void => {
    for (const c of el.children) {
      if (c.nodeType !== 1 || !c.source || c.source.start > at || c.source.end < at) continue;
      if (c.localName === 'tr') found = c;
      walk(c);
    }
  };
  walk(root);
  return found;
}

/**
 * A new row shaped as `tr` (its row and cell properties, a cell merged down from above left out),
 * inserted as a tracked change (w:ins in its w:trPr, so Reject takes the row out): `content(i)` is
 * the XML of cell i's paragraphs, each a tracked insertion of its own. Undefined where the row's
 * cells are not all its direct children (a cell in a content control), whose shape we do not copy.
 */
export function insertedRow(text: string, tr: El, content: (cell: number) => string, w: WordMarkup, mark: ChangeMark, ids: Ids): string | undefined {
  const slice = (el: El | undefined) => (el?.source ? text.slice(el.source.start, el.source.end) : '');
  const elements = tr.children.filter((c): c is El => c.nodeType === 1);
  if (elements.some((c) => !['tblPrEx', 'trPr', 'tc'].includes(c.localName))) return undefined;
  const trPr = child(tr, 'trPr');
  // Its own changes stay with the draft's row; the new row carries only ours.
  const kept = (trPr?.children ?? []).filter((c): c is El => c.nodeType === 1 && !['ins', 'del', 'trPrChange'].includes(c.localName)).map(slice).join('');
  const rowProps = `${w.tag('trPr')}${kept}${w.tag('ins', w.changeAttrs(ids.take(), mark), true)}${w.end('trPr')}`;
  const cells = elements.filter((c) => c.localName === 'tc').map((tc, i) => {
    const tcPr = child(tc, 'tcPr');
    const props = (tcPr?.children ?? []).filter((c): c is El => c.nodeType === 1 && !['vMerge', 'tcPrChange', 'cellIns', 'cellDel', 'cellMerge'].includes(c.localName)).map(slice).join('');
    return `${w.tag('tc')}${props ? `${w.tag('tcPr')}${props}${w.end('tcPr')}` : ''}${content(i)}${w.end('tc')}`;
  });
  return `${w.tag('tr')}${slice(child(tr, 'tblPrEx'))}${rowProps}${cells.join('')}${w.end('tr')}`;
}
