/**
 * Edits to one part's text, made at positions of the text as it was read, so everything the
 * edits do not touch stays byte-for-byte as it was. Edits never overlap; where several insert at
 * one position, the lower `order` goes first (a closing tag before an opening one).
 */
interface Edit {
  start: number;
  end: number;
  text: string;
  order: number;
  seq: number;
}

/** At one position: what closes goes before what opens, so inserted elements nest. */
export const ORDER = { close: 0, end: 1, after: 2, start: 3, open: 4 } as const;

export class TextEdits {
  private readonly edits: Edit[] = [];

  insert(at: number, text: string, order: number = ORDER.after): void {
    this.edits.push({ start: at, end: at, text, order, seq: this.edits.length });
  }

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, order: ORDER.after, seq: this.edits.length });
  }

  get size(): number {
    return this.edits.length;
  }

  /** The text with every edit made; an overlap is a bug in the caller, never silently merged. */
  apply(source: string): string {
    const sorted = [...this.edits].sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order || a.seq - b.seq);
    const out: string[] = [];
    let at = 0;
    for (const e of sorted) {
      if (e.start < at) throw new Error(`overlapping edits at ${e.start}`);
      out.push(source.slice(at, e.start), e.text);
      at = e.end;
    }
    out.push(source.slice(at));
    return out.join('');
  }
}
