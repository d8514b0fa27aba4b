import { useRef, useState } from 'react';
import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { dateOrder, recordRows, recordWordsIn } from '../../core/prepare';
import { ClassificationField } from './ClassificationField';
import { useUi } from '../shared/UiContext';
import { today, type ItemCommon, type PrepareState } from './usePrepare';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '10px' },
  sub: { margin: 0, fontSize: '14px' },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))', alignItems: 'end', gap: '8px', '& > *': { minWidth: 0 } },
  input: { minWidth: 0, width: '100%' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'end' },
  items: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '6px' },
  item: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '6px 8px', display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  hash: { fontFamily: 'Consolas, "Courier New", monospace', fontSize: '11px' },
});

/** The disclosure record: what is sent, how it is classified, to whom, approved by whom and when. */
export function RecordSection({ p }: { p: PrepareState }) {
  const { t, locale } = useUi();
  const styles = useStyles();
  const files = useRef<HTMLInputElement>(null);
  const [common, setCommon] = useState<ItemCommon>({ classification: 'confidential', purpose: '', recipient: '', approver: '', date: today() });
  const [batch, setBatch] = useState('');
  const words = recordWordsIn(locale);
  const rows = recordRows(p.deal.disclosures, words);
  // Rows are by date; removal needs the item's place as stored.
  const order = dateOrder(p.deal.disclosures);
  const set = (patch: Partial<ItemCommon>) => setCommon((c) => ({ ...c, ...patch }));

  return (
    <section aria-labelledby="prepare-record" className={styles.section}>
      <h3 id="prepare-record" className={styles.sub}>
        {t('ui.prepare.record')}
      </h3>
      <Caption1>{t('ui.prepare.record.intro')}</Caption1>
      <div className={styles.pair}>
        <ClassificationField className={styles.input} value={common.classification} onChange={(classification) => set({ classification })} />
        <Field label={t('ui.prepare.record.date')}>
          <Input className={styles.input} type="date" value={common.date} onChange={(_, d) => set({ date: d.value })} />
        </Field>
      </div>
      <Field label={t('ui.prepare.record.purpose')}>
        <Input className={styles.input} value={common.purpose} onChange={(_, d) => set({ purpose: d.value })} />
      </Field>
      <div className={styles.pair}>
        <Field label={t('ui.prepare.record.recipient')}>
          <Input className={styles.input} value={common.recipient} onChange={(_, d) => set({ recipient: d.value })} />
        </Field>
        <Field label={t('ui.prepare.record.approver')}>
          <Input className={styles.input} value={common.approver} onChange={(_, d) => set({ approver: d.value })} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button disabled={p.busy} onClick={() => files.current?.click()}>
          {t('ui.prepare.record.addFiles')}
        </Button>
        <input
          ref={files}
          type="file"
          multiple
          hidden
          aria-label={t('ui.prepare.record.addFiles')}
          onChange={(e) => {
            const picked = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (picked.length > 0) void p.addFiles(picked, common);
          }}
        />
      </div>
      <div className={styles.row}>
        <Field label={t('ui.prepare.record.batch')} style={{ flex: 1, minWidth: 0 }}>
          <Input className={styles.input} value={batch} onChange={(_, d) => setBatch(d.value)} />
        </Field>
        <Button disabled={batch.trim() === ''} onClick={() => p.addBatch(batch, common) && setBatch('')}>
          {t('ui.prepare.record.addBatch')}
        </Button>
      </div>
      {rows.length > 0 && (
        <ul className={styles.items} aria-label={t('ui.prepare.record.items', { count: rows.length })}>
          {rows.map((row, k) => (
            <li key={`${row[1]}-${k}`} className={styles.item}>
              <strong>
                {row[0]}. {row[1]}
              </strong>
              <Caption1>{t('ui.prepare.record.line', { kind: row[2] ?? '', classification: row[3] ?? '', date: row[7] ?? '', recipient: row[5] ?? '', approver: row[6] ?? '' })}</Caption1>
              <Caption1>{row[4]}</Caption1>
              {row[8] && (
                <span className={styles.hash} data-sha256={row[8]}>
                  SHA-256 {row[8]}
                </span>
              )}
              <div>
                <Button size="small" appearance="subtle" onClick={() => p.removeItem(order[k] ?? -1)}>
                  {t('ui.prepare.record.remove', { item: row[1] ?? '' })}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <Button disabled={p.busy || rows.length === 0} onClick={() => void p.exportRecordDocx()}>
          {t('ui.prepare.record.exportDocx')}
        </Button>
        <Button disabled={rows.length === 0} onClick={p.exportRecordCsv}>
          {t('ui.prepare.record.exportCsv')}
        </Button>
      </div>
    </section>
  );
}
