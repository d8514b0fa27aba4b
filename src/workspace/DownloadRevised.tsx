import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { ReviewResult } from '../core/findings';
import type { Locale, MessageKey, MessageParams } from '../core/i18n';
import type { ProposedFix } from '../host/standalone';
import { DocxError } from '../io/errors';
import { useUi } from '../taskpane/shared/UiContext';
import { saveFile } from '../taskpane/shared/saveFile';
import { runWork } from '../taskpane/shared/work/runWork';
import { acceptedFindings } from './revised';

type Status = (word: (key: MessageKey, params?: MessageParams) => string, locale: Locale) => string;

/**
 * The opened .docx back to the counterparty: each clause the user proposed as a tracked change
 * replacing the clause it fixes, and each finding still shown as a comment with its reason. The
 * file is written in a worker, with the reader's limits, by the writer the command line uses.
 */
export function DownloadRevised({ file, name, review, dismissed, proposals }: { file: Blob; name: string; review: ReviewResult; dismissed: ReadonlySet<string>; proposals: readonly ProposedFix[] }) {
  const { t, locale, settings } = useUi();
  const [busy, setBusy] = useState(false);
  // Worded when shown, so a switch of language re-words what is on screen.
  const [status, setStatus] = useState<Status | null>(null);
  const show = (next: Status | null) => setStatus(() => next);
  const run = async () => {
    setBusy(true);
    show(null);
    try {
      const accepted = acceptedFindings(review, dismissed, proposals);
      const author = settings.companyName.trim();
      const reply = await runWork({ kind: 'redline', file, accepted, locale, ...(author ? { author } : {}) }).reply;
      if (reply?.kind === 'redlined') {
        saveFile(reply.docx, t('ui.workspace.revisedFile', { name: name.replace(/\.docx$/i, '') }));
        const { changes, comments } = reply;
        show((word) => word('ui.workspace.revisedDone', { changes, comments }));
      } else if (reply?.kind === 'refused') {
        const refusal = new DocxError(reply.refusal.code, reply.refusal.params);
        show((word, now) => word('ui.workspace.revisedFailed', { reason: refusal.describe(now) }));
      } else if (reply?.kind === 'unfetched') {
        show((word) => word('ui.workspace.revisedNotFetched'));
      } else if (reply?.kind === 'failed') {
        const reason = reply.message;
        show((word) => word('ui.workspace.revisedFailed', { reason }));
      }
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
          {status(t, locale)}
        </Text>
      )}
    </>
  );
}
