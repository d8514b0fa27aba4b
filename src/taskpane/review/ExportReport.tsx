import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { ReviewResult } from '../../core/findings';
import { useSession } from '../shared/SessionContext';
import { useLibrary } from '../shared/LibraryContext';
import { useUi } from '../shared/UiContext';
import { saveFile } from '../shared/saveFile';
import { readDraft } from '../shared/readDraft';
import { withinTime } from './engine-parts';

/** The review as a .docx report: each finding with its quote, why and the vetted clause, the dismissed ones in a part of their own. */
/** `onStart` is told when a new export begins (an earlier failure's message goes), `onError` when it fails. */
export function ExportReport({ review, dismissed, name, onStart, onError }: { review: ReviewResult; dismissed: ReadonlySet<string>; name: string; onStart: () => void; onError: () => void }) {
  const { t, locale, settings } = useUi();
  const { host } = useSession();
  const { library } = useLibrary();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    onStart();
    try {
      const read = await readDraft(host);
      if (!read.ok) return onError();
      // Fetched on first use, with the same bound as our clause's: a stalled fetch is said, not waited on.
      const io = await withinTime(() => import(/* webpackChunkName: "docx-writer" */ '../../io'));
      if (!io) return onError();
      const { reportFor } = io;
      // The dismissed findings go to their own part, and no open fix is worded around theirs.
      const bytes = await reportFor({ result: review, doc: read.value, file: name, ...(library ? { library } : {}), dismissed, locale, companyName: settings.companyName });
      // Word opens it as a new document: downloads do nothing in Word for Mac and iPad.
      if (host.capabilities().openDocument) {
        if (!(await host.openDocument(bytes)).ok) onError();
      } else saveFile(bytes, t('ui.review.reportFile', { name: name.replace(/\.docx$/i, '') }));
    } catch {
      onError();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button disabled={busy} onClick={() => void run()}>
      {t('ui.review.export')}
    </Button>
  );
}
