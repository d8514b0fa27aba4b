import { useCallback, useRef, useState } from 'react';
import type { DocModel } from '../core/document';
import { t, type Locale, type MessageKey } from '../core/i18n';
import { fromText } from '../core/review/text';
import { DocxError } from '../io/errors';
import { runWork, type RunningWork } from '../taskpane/shared/work/runWork';
import type { DocSlot } from '../taskpane/shared/work/held';
import type { RoleId } from '../core/scenarios';
import sampleText from './sample/joint-development-draft.txt';

export interface OpenDocument {
  /** Changes with every document opened, so per-document state starts afresh. */
  id: number;
  name: string;
  doc: DocModel;
  sample: boolean;
  /** The .docx as opened, kept to hand it back redlined (a .txt or the sample has none). */
  file?: Blob;
  /** Our side in it, when known: in the sample we are Qingtai, the battery maker bringing the core technology. */
  role?: RoleId;
  /** Its other language version as a separate file (its Chinese, or its English), checked against it. */
  counterpart?: { name: string; doc: DocModel };
}

let opened = 0;

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
  const running = useRef<RunningWork | null>(null);

  /** The file read in a worker (a large or hostile file never freezes the page), or undefined with the error shown. */
  const read = useCallback(async (file: File, slot: DocSlot): Promise<DocModel | undefined> => {
    const id = ++run.current;
    setError(null);
    const lower = file.name.toLowerCase();
    if (!lower.endsWith('.docx') && !lower.endsWith('.txt')) return void fail('ui.workspace.wrongType');
    setBusy(true);
    try {
      const work = runWork({ kind: 'read', file, text: lower.endsWith('.txt'), slot });
      running.current = work;
      const reply = await work.reply;
      if (id !== run.current || !reply) return undefined;
      if (reply.kind === 'refused') {
        const refusal = new DocxError(reply.refusal.code, reply.refusal.params);
        return void setError(() => (locale: Locale) => refusal.describe(locale));
      }
      if (reply.kind !== 'read') return void fail('ui.workspace.unreadable');
      if (reply.doc.paragraphs.length === 0) return void fail('ui.workspace.empty');
      return reply.doc;
    } finally {
      if (id === run.current) {
        setBusy(false);
        running.current = null;
      }
    }
  }, []);

  const open = useCallback(
    async (file: File) => {
      const doc = await read(file, 'doc');
      if (doc) setCurrent({ id: ++opened, name: file.name, doc, sample: false, ...(file.name.toLowerCase().endsWith('.docx') ? { file } : {}) });
    },
    [read],
  );

  // The same document with its other language version beside it (or without): reviewed afresh.
  const openCounterpart = useCallback(
    async (file: File) => {
      const doc = await read(file, 'counterpart');
      if (doc) setCurrent((c) => ({ ...c, id: ++opened, counterpart: { name: file.name, doc } }));
    },
    [read],
  );
  const closeCounterpart = useCallback(() => setCurrent(({ counterpart: _gone, ...c }) => ({ ...c, id: ++opened })), []);

  const cancel = useCallback(() => {
    run.current++;
    running.current?.cancel();
    running.current = null;
    setBusy(false);
  }, []);

  return { current, open, openCounterpart, closeCounterpart, cancel, error, busy, dismissError: () => setError(null) };
}
