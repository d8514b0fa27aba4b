import { Button, Caption1, Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CHECK_STATUSES, type CheckStatus } from '../../core/prepare';
import { useUi } from '../shared/UiContext';
import { lang } from '../shared/libraryText';
import { today, type PrepareState } from './usePrepare';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '10px' },
  sub: { margin: 0, fontSize: '14px' },
  item: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '8px', display: 'flex', flexDirection: 'column', gap: '6px' },
  title: { margin: 0, fontSize: '13px' },
  list: { margin: 0, paddingLeft: '18px' },
});

/** The partner checklist: where to look and what to record; the user records, the tool searches nothing. */
export function DiligenceSection({ p }: { p: PrepareState }) {
  const { t, locale } = useUi();
  const styles = useStyles();
  const items = p.library?.diligence ?? [];
  const l = lang(locale);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="prepare-diligence" className={styles.section}>
      <h3 id="prepare-diligence" className={styles.sub}>
        {t('ui.prepare.diligence')}
      </h3>
      <Caption1>{t('ui.prepare.diligence.intro')}</Caption1>
      {items.map((item) => {
        const check = p.deal.checks[item.id] ?? { status: 'not-checked' as CheckStatus, notes: '' };
        return (
          <div key={item.id} className={styles.item} role="group" aria-labelledby={`dd-${item.id}`}>
            <h4 id={`dd-${item.id}`} className={styles.title}>
              {item.title[l]}
            </h4>
            <Caption1>{item.question[l]}</Caption1>
            <details>
              <summary>{t('ui.prepare.diligence.where')}</summary>
              <ul className={styles.list}>
                {item.look[l].map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
              <p>{t('ui.prepare.diligence.record', { record: item.record[l] })}</p>
            </details>
            <RadioGroup
              layout="horizontal"
              aria-label={t('ui.prepare.diligence.status', { title: item.title[l] })}
              value={check.status}
              onChange={(_, d) => p.setCheck(item.id, { status: d.value as CheckStatus, ...(d.value !== 'not-checked' && !check.date ? { date: today() } : {}) })}
            >
              {CHECK_STATUSES.map((s) => (
                <Radio key={s} value={s} label={t(`ui.prepare.check.${s}`)} />
              ))}
            </RadioGroup>
            {check.status !== 'not-checked' && (
              <>
                <Field label={t('ui.prepare.diligence.date')}>
                  <Input type="date" value={check.date ?? ''} onChange={(_, d) => p.setCheck(item.id, { date: d.value || undefined })} />
                </Field>
                <Field label={t('ui.prepare.diligence.notes')}>
                  <Textarea value={check.notes} resize="vertical" onChange={(_, d) => p.setCheck(item.id, { notes: d.value })} />
                </Field>
              </>
            )}
          </div>
        );
      })}
      <div>
        <Button disabled={p.busy} onClick={() => void p.exportMemo()}>
          {t('ui.prepare.diligence.export')}
        </Button>
      </div>
    </section>
  );
}
