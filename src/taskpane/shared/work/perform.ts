import { loadLocale } from '../../../core/i18n';
import { review } from '../../../core/review/engine';
import { fromText } from '../../../core/review/text';
// The readers only: the .docx writers (the docx package) load when a redline is asked for.
import { readDocx } from '../../../io/read/docx';
import { DEFAULT_LIMITS } from '../../../io/read/package';
import { readTextFile } from '../../../io/read/text';
import { DocxError } from '../../../io/errors';
import type { WorkReply, WorkRequest } from './protocol';

/**
 * The work itself, the same in the worker and (where no worker can run) on the page: reading a
 * .docx or .txt under the reader's limits, reviewing a document, or writing the redlined .docx.
 */
export async function perform(request: WorkRequest): Promise<WorkReply> {
  try {
    if (request.kind === 'read') {
      const { file, text } = request;
      // The size is checked before the file is read into memory.
      const limit = text ? DEFAULT_LIMITS.maxDocumentBytes : DEFAULT_LIMITS.maxFileBytes;
      if (file.size > limit) throw new DocxError('file-too-large', { size: mb(file.size), limit: mb(limit) });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const doc = text ? fromText(readTextFile(bytes)) : await readDocx(bytes);
      return { kind: 'read', doc };
    }
    if (request.kind === 'redline') {
      if (request.file.size > DEFAULT_LIMITS.maxFileBytes) throw new DocxError('file-too-large', { size: mb(request.file.size), limit: mb(DEFAULT_LIMITS.maxFileBytes) });
      // What the redline says of its own (why a fix stands beside a text box) is in the reader's language.
      const writer = await fetched(() => import(/* webpackChunkName: "redline-writer" */ '../../../io/write/redline'));
      if (!writer || !(await fetched(() => loadLocale(request.locale).then(() => true)))) return { kind: 'unfetched' };
      const { writeRedlineDocx } = writer;
      const out = await writeRedlineDocx({ docx: new Uint8Array(await request.file.arrayBuffer()), accepted: request.accepted, locale: request.locale, ...(request.author ? { author: request.author } : {}) });
      return { kind: 'redlined', docx: out.docx, changes: out.changes, comments: out.comments };
    }
    const { doc, sides, library, kind: _kind, ...options } = request;
    // The findings are worded in the reader's language, whose messages a worker fetches when first asked.
    if (!(await fetched(() => loadLocale(options.locale).then(() => true)))) return { kind: 'unfetched' };
    const result = review(doc, { ...options, ...(library ? { library: library.fixSource, playbooks: library.playbooks } : {}), roleFor: (scenario) => sides?.[scenario] });
    // The page never shows where a topic was found, only the findings: the passages each topic was
    // found in (often whole clauses, three quarters of the result) stay here.
    return { kind: 'review', result: { ...result, topics: result.topics.map(({ id, present }) => ({ id, present, evidence: [] })) } };
  } catch (err) {
    if (err instanceof DocxError) return { kind: 'refused', refusal: { code: err.code, params: err.params } };
    return { kind: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Code or messages fetched on demand, or undefined where the fetch failed (offline, blocked). In a
 * worker the fetch is importScripts, which throws at once rather than rejecting; either way the
 * page is told that part of it did not load, not that the work met an unexpected error.
 */
async function fetched<T>(load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch {
    return undefined;
  }
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
