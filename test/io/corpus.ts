import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** ../shared/corpus/docx beside the checkout; tests that need it skip with a message when absent. */
export const CORPUS_DOCX = path.resolve(__dirname, '../../../shared/corpus/docx');
export const HAVE_CORPUS = existsSync(CORPUS_DOCX);

export function corpusFiles(): string[] {
  return HAVE_CORPUS ? readdirSync(CORPUS_DOCX).filter((f) => f.endsWith('.docx')).sort() : [];
}

export function corpusBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(CORPUS_DOCX, name)));
}

export function skipMessage(): void {
  if (!HAVE_CORPUS) console.warn(`skipped: the corpus is not at ${CORPUS_DOCX}`);
}
