import { FakeOfficeError } from './errors';
import type { FakeParagraph } from './model';
import { ParagraphCollection } from './proxies';
import { Coll, type Getters, Obj } from './proxy-base';
import { cellParagraphs, cellsOf, deleteRow, insertRows, nextCell } from './table-rows';

/**
 * A table cell and its row (WordApi 1.3), each by a paragraph in it, as table-rows.ts lays tables
 * out (the same rows Microsoft's runtime is answered with in test/support/officeRuntime): the
 * cell's place, body, next cell and row; the row's cells, new rows after or before it, and delete.
 */
export class TableCellProxy extends Obj<FakeParagraph> {
  protected readonly typeName = 'TableCell';
  protected readonly getters: Getters<FakeParagraph> = { rowIndex: (p) => p.table!.row, cellIndex: (p) => p.table!.cell };
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get cellIndex(): number {
    return this.read('cellIndex') as number;
  }
  get parentRow(): TableRowProxy {
    return new TableRowProxy(this.context, () => this.entity());
  }
  get body(): { readonly paragraphs: ParagraphCollection } {
    return { paragraphs: new ParagraphCollection(this.context, () => cellParagraphs(this.doc, this.entity())) };
  }
  getNext(): TableCellProxy {
    return new TableCellProxy(this.context, () => nextCell(this.doc, this.entity()));
  }
}

export class TableRowProxy extends Obj<FakeParagraph> {
  protected readonly typeName = 'TableRow';
  protected readonly getters: Getters<FakeParagraph> = { rowIndex: (p) => p.table!.row };
  get cells(): Coll<FakeParagraph, TableCellProxy> & { getFirst(): TableCellProxy } {
    const list = () => cellsOf(this.doc, this.entity());
    return Object.assign(new Coll(this.context, 'TableCellCollection', list, (r) => new TableCellProxy(this.context, r)), {
      getFirst: () => new TableCellProxy(this.context, () => list()[0] ?? null),
    });
  }
  insertRows(where: 'Before' | 'After', count: number, values?: string[][]): { getFirst(): TableRowProxy } {
    let made: FakeParagraph[] | null = null;
    this.context.enqueue('TableRow.insertRows', () => {
      if (this.context.word.quirks.rowsRefused) throw new FakeOfficeError('NotImplemented', 'This host does not insert table rows.', 'TableRow.insertRows');
      made = insertRows(this.doc, this.entity(), where, count, values);
    });
    return { getFirst: () => new TableRowProxy(this.context, () => made?.[0] ?? null) };
  }
  delete(): void {
    this.context.enqueue('TableRow.delete', () => deleteRow(this.doc, this.entity()));
  }
}
