import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { ReviewResult } from '../core/findings';
import type { ProposedFix } from '../host/standalone';
import { DocxError } from '../io/errors';
import { useUi } from '../taskpane/shared/UiContext';
import { saveFile } from '../taskpane/shared/saveFile';
import { runWork } from '../taskpane/shared/work/runWork';
import { acceptedFindings } from './revised';

/**
 * The opened .docx back to the counterparty: each clause the user proposed as a tracked change
 * replacing the clause it fixes, and each finding still shown as a comment with its reason. The
 * file is written in a worker, with the reader's limits, by the writer the command line uses.
 */
export function DownloadRevised({ file, name, review, dismissed, proposals }: { file: Blob; name: string; review: ReviewResult; dismissed: ReadonlySet<string>; proposals: readonly ProposedFix[] }) {
  const { t, locale, settings } = useUi();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const accepted = acceptedFindings(review, dismissed, proposals);
      const author = settings.companyName.trim();
      const reply = await runWork({ kind: 'redline', file, accepted, locale, ...(author ? { author } : {}) }).reply;
      if (reply?.kind === 'redlined') {
        saveFile(reply.docx, t('ui.workspace.revisedFile', { name: name.replace(/\.docx$/i, '') }));
        setStatus(t('ui.workspace.revisedDone', { changes: reply.changes, comments: reply.comments }));
      } else if (reply?.kind === 'refused') {
        setStatus(t('ui.workspace.revisedFailed', { reason: new DocxError(reply.refusal.code, reply.refusal.params).describe(locale) }));
      } else if (reply?.kind === 'failed') setStatus(t('ui.workspace.revisedFailed', { reason: reply.message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button disabled={busy} title={t('ui.workspace.downloadRevisedHint')} onClick={() => void run()}>
        {t('ui.workspace.downloadRevised')}
      </Button>
      {status && (
        <Text role="status" size={200}>
          {status}
        </Text>
      )}
    </>
  );
}
