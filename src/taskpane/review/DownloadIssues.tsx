import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { ReviewResult } from '../../core/findings';
import { useSession } from '../shared/SessionContext';
import { useLibrary } from '../shared/LibraryContext';
import { useUi } from '../shared/UiContext';
import { saveFile } from '../shared/saveFile';
import { readDraft } from '../shared/readDraft';
import { loadFixes, withinTime } from './engine-parts';

type Format = 'docx' | 'csv';

/**
 * The issues list counsel sends back with a redline: every finding with their text, our position
 * and the proposed clause, dismissed ones marked as such. A .docx, or CSV where files download.
 */
/** `onStart` is told when a new download begins; `onError` when the code that writes the list did not come in time (`notFetched`), else that it failed. */
export function DownloadIssues({ review, dismissed, name, onStart, onError }: { review: ReviewResult; dismissed: ReadonlySet<string>; name: string; onStart: () => void; onError: (notFetched?: boolean) => void }) {
  const { t, locale, settings } = useUi();
  const { host } = useSession();
  const { library } = useLibrary();
  const [busy, setBusy] = useState(false);
  // Word for Mac and iPad ignore downloads: there the .docx opens as a new document and CSV is not offered.
  const opens = host.capabilities().openDocument;
  const run = async (format: Format) => {
    setBusy(true);
    onStart();
    try {
      const read = await readDraft(host);
      if (!read.ok) return onError();
      // The code is fetched on first use, with the same bound as our clause's: a stalled fetch is said, not waited on.
      const parts = await withinTime(() => Promise.all([loadFixes(), import(/* webpackChunkName: "docx-writer" */ '../../io')]));
      if (!parts) return onError(true);
      const [{ issuesList }, { writeIssuesCsv, writeIssuesDocx }] = parts;
      const list = issuesList({ review, doc: read.value, file: name, ...(library ? { library } : {}), locale, companyName: settings.companyName, dismissed });
      const file = t('ui.review.issuesFile', { name: name.replace(/\.docx$/i, '') });
      if (format === 'csv') saveFile(writeIssuesCsv(list), `${file}.csv`, 'text/csv;charset=utf-8');
      else if (opens) {
        if (!(await host.openDocument(await writeIssuesDocx(list))).ok) onError();
      } else saveFile(await writeIssuesDocx(list), `${file}.docx`);
    } catch {
      onError();
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button disabled={busy} onClick={() => void run('docx')}>
        {t('ui.review.issues')}
      </Button>
      {!opens && (
        <Button appearance="subtle" disabled={busy} onClick={() => void run('csv')}>
          {t('ui.review.issuesCsv')}
        </Button>
      )}
    </>
  );
}
