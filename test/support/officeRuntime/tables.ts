import type { FakeDocument } from '../fakeWord/model';
import { cellParagraphs, cellsOf, insertRows, nextCell } from '../fakeWord/table-rows';
import type { Entity } from './entities';

/**
 * The table objects of the simulated Word, as far as the host uses them (WordApi 1.3):
 * TableCell.parentRow, .body (its paragraphs) and .getNext(), TableRow.cells and .insertRows, and
 * the first of a collection of rows or cells. Undefined for any other property or method, which
 * richApi.ts then answers or refuses.
 */
export function tableProperty(d: FakeDocument, e: Entity, name: string): Entity | undefined {
  if (e.t === 'cell' && name === 'ParentRow') return { t: 'row', p: e.p };
  if (e.t === 'cell' && name === 'Body') return { t: 'cellBody', p: e.p };
  if (e.t === 'cellBody' && name === 'Paragraphs') return { t: 'paragraphs', list: cellParagraphs(d, e.p) };
  if (e.t === 'row' && name === 'Cells') return { t: 'cells', list: cellsOf(d, e.p) };
  return undefined;
}

export function tableMethod(d: FakeDocument, e: Entity, name: string, args: unknown[]): Entity | undefined {
  if (e.t === 'row' && name === 'InsertRows') {
    const [where, count, values] = args as [string, number, string[][] | undefined];
    if (where !== 'Before' && where !== 'After') throw new Error(`simulated Word: insertRows at ${where} is not answered`);
    return { t: 'rows', list: insertRows(d, e.p, where, count, values) };
  }
  if (e.t === 'cell' && name === 'GetNext') return { t: 'cell', p: nextCell(d, e.p) };
  if ((e.t === 'rows' || e.t === 'cells') && name === 'GetFirst') {
    const first = e.list[0];
    if (!first) throw new Error(`simulated Word: no first item of ${e.t}`);
    return { t: e.t === 'rows' ? 'row' : 'cell', p: first };
  }
  return undefined;
}
