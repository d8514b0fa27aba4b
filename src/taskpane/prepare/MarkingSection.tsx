import { useState } from 'react';
import { Button, Caption1, Field, Input, makeStyles } from '@fluentui/react-components';
import { markingText, type Classification } from '../../core/prepare';
import { ClassificationField } from './ClassificationField';
import { useSession } from '../shared/SessionContext';
import { useUi } from '../shared/UiContext';
import { outcome, type ActionMessage } from '../shared/ActionMessage';
import { ActionBar } from '../shared/ActionBar';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px' },
  sub: { margin: 0, fontSize: '14px' },
  input: { minWidth: 0, width: '100%' },
});

/** In Word: a classification marking in the header of the document about to be sent. */
export function MarkingSection({ recipient }: { recipient: string }) {
  const { t, locale } = useUi();
  const { host } = useSession();
  const styles = useStyles();
  const [classification, setClassification] = useState<Classification>('confidential');
  const [date, setDate] = useState('');
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const [busy, setBusy] = useState(false);
  if (!host.capabilities().headerMarking) return null;
  const text = markingText(classification, recipient, date || undefined, locale);
  const apply = async () => {
    setBusy(true);
    const result = await host.markHeader(text);
    setBusy(false);
    setMessage(outcome(result, (v) => ({ intent: 'success', key: 'ui.prepare.marking.done', params: v })));
  };
  return (
    <section aria-labelledby="prepare-marking" className={styles.section}>
      <h3 id="prepare-marking" className={styles.sub}>
        {t('ui.prepare.marking')}
      </h3>
      <Caption1>{t('ui.prepare.marking.intro')}</Caption1>
      <ClassificationField className={styles.input} value={classification} onChange={setClassification} />
      <Field label={t('ui.prepare.marking.date')}>
        <Input className={styles.input} type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Caption1>{recipient.trim() ? t('ui.prepare.marking.preview', { text }) : t('ui.prepare.marking.needsRecipient')}</Caption1>
      <div>
        <Button disabled={busy || !recipient.trim()} onClick={() => void apply()}>
          {t('ui.prepare.marking.apply')}
        </Button>
      </div>
      {message && <ActionBar said={message} />}
    </section>
  );
}
