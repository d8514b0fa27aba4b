import { useCallback, useRef, useState } from 'react';
import type { DocModel } from '../core/document';
import { t, type Locale, type MessageKey } from '../core/i18n';
import { fromText } from '../core/review';
import type { RoleId } from '../core/scenarios';
import sampleText from './sample/joint-development-draft.txt';

export interface OpenDocument {
  /** Changes with every document opened, so per-document state starts afresh. */
  id: number;
  name: string;
  doc: DocModel;
  sample: boolean;
  /** Our side in it, when known: in the sample we are Qingtai, the battery maker bringing the core technology. */
  role?: RoleId;
}

let opened = 0;

/** A .docx or .txt under the reader's limits; the size is checked before the file is read into memory. */
async function readFile(file: File, text: boolean): Promise<DocModel> {
  const { readDocx, readTextFile, DEFAULT_LIMITS, DocxError } = await import(/* webpackChunkName: "docx-reader" */ '../io');
  const limit = text ? DEFAULT_LIMITS.maxDocumentBytes : DEFAULT_LIMITS.maxFileBytes;
  if (file.size > limit) throw new DocxError('file-too-large', { size: mb(file.size), limit: mb(limit) });
  const bytes = new Uint8Array(await file.arrayBuffer());
  return text ? fromText(readTextFile(bytes)) : readDocx(bytes);
}

const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

function sample(): OpenDocument {
  // Named in English for files made from it (the report); the header shows it in the user's language.
  return { id: ++opened, name: t('en', 'ui.workspace.sampleName'), doc: fromText(sampleText), sample: true, role: 'technology-owner' };
}

/** The document on show in the workspace: the sample draft at first, then whatever the user opens. */
export function useOpenDocument() {
  const [current, setCurrent] = useState<OpenDocument>(sample);
  // A function of the locale, so switching language re-words an error already on screen.
  const [error, setError] = useState<((locale: Locale) => string) | null>(null);
  const fail = (key: MessageKey) => setError(() => (locale: Locale) => t(locale, key));
  const [busy, setBusy] = useState(false);
  // Each opening has a number; cancelling moves it on, so a late result is dropped and the shown document stays.
  const run = useRef(0);

  const open = useCallback(async (file: File) => {
    const id = ++run.current;
    setError(null);
    const lower = file.name.toLowerCase();
    if (!lower.endsWith('.docx') && !lower.endsWith('.txt')) return fail('ui.workspace.wrongType');
    setBusy(true);
    try {
      // The reader (jszip) loads only when a file is opened.
      const doc = await readFile(file, lower.endsWith('.txt'));
      if (id !== run.current) return;
      if (doc.paragraphs.length === 0) return fail('ui.workspace.empty');
      setCurrent({ id: ++opened, name: file.name, doc, sample: false });
    } catch (err) {
      if (id !== run.current) return;
      const { isDocxError } = await import(/* webpackChunkName: "docx-reader" */ '../io');
      if (isDocxError(err)) setError(() => (locale: Locale) => err.describe(locale));
      else fail('ui.workspace.unreadable');
    } finally {
      if (id === run.current) setBusy(false);
    }
  }, []);

  const cancel = useCallback(() => {
    run.current++;
    setBusy(false);
  }, []);

  return { current, open, cancel, error, busy, dismissError: () => setError(null) };
}
