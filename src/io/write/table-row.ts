import { child, type El } from '../read/xml';
import type { ChangeMark, WordMarkup } from './wordml-markup';
import type { Ids } from './tracked-paragraphs';

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
