import type { RangeRef } from './model';
import { type Getters, Obj } from './proxy-base';

/** A range's or paragraph's font: its highlight, and bold, size and name over whole paragraphs. */
export class FontProxy extends Obj<RangeRef> {
  protected readonly typeName = 'Font';
  protected readonly getters: Getters<RangeRef> = {
    highlightColor: (r) => this.doc.highlightOf(r),
    bold: (r) => this.doc.fontOf(r, 'bold'),
    size: (r) => this.doc.fontOf(r, 'size'),
    name: (r) => this.doc.fontOf(r, 'name'),
  };

  get highlightColor(): string {
    return this.read('highlightColor') as string;
  }
  set highlightColor(colour: string) {
    this.context.enqueue('Font.highlightColor', () => this.doc.setHighlight(this.entity(), colour || null));
  }
  get bold(): boolean | null {
    return this.read('bold') as boolean | null;
  }
  set bold(value: boolean | null) {
    this.context.enqueue('Font.bold', () => this.doc.setFont(this.entity(), { bold: value ?? undefined }));
  }
  get size(): number | null {
    return this.read('size') as number | null;
  }
  set size(value: number | null) {
    this.context.enqueue('Font.size', () => this.doc.setFont(this.entity(), { size: value ?? undefined }));
  }
  get name(): string | null {
    return this.read('name') as string | null;
  }
  set name(value: string | null) {
    this.context.enqueue('Font.name', () => this.doc.setFont(this.entity(), { name: value ?? undefined }));
  }
}
