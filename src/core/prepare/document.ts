/**
 * A short document any writer can print: the due-diligence memo and the disclosure record export
 * are made in core, in the user's language, and written to .docx by io/write/simple.ts.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: string[][] };

export interface SimpleDoc {
  title: string;
  blocks: Block[];
}
