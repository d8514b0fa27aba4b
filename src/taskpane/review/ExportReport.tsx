import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { ReviewResult } from '../../core/findings';
import { useSession } from '../shared/SessionContext';
import { useLibrary } from '../shared/LibraryContext';
import { useUi } from '../shared/UiContext';
import { saveFile } from '../shared/saveFile';
import { readDraft } from '../shared/readDraft';

/** The review as a .docx report: each finding with its quote, why and the vetted clause, the dismissed ones in a part of their own. */
export function ExportReport({ review, dismissed, name, onError }: { review: ReviewResult; dismissed: ReadonlySet<string>; name: string; onError: () => void }) {
  const { t, locale, settings } = useUi();
  const { host } = useSession();
  const { library } = useLibrary();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const read = await readDraft(host);
      if (!read.ok) return onError();
      const { reportFor } = await import(/* webpackChunkName: "docx-writer" */ '../../io');
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
