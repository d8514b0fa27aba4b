import { Button, Dropdown, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Option, makeStyles } from '@fluentui/react-components';
import type { ScenarioId } from '../../core/scenarios';
import { useUi } from '../shared/UiContext';
import { writeStored } from '../shared/storage';
import { usePrepare } from './usePrepare';
import { ReadinessSection } from './ReadinessSection';
import { RecordSection } from './RecordSection';
import { DiligenceSection } from './DiligenceSection';
import { MarkingSection } from './MarkingSection';
import { BUILD_SCENARIO_KEY } from '../agreement/draft';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: '16px' },
  heading: { margin: 0, fontSize: '16px' },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))', alignItems: 'end', gap: '8px', '& > *': { minWidth: 0 } },
  input: { minWidth: 0, width: '100%' },
});

/** Before anything is sent: the deal's readiness, its disclosure record and the partner checks, kept per deal. */
export default function PrepareView() {
  const { t, showTab } = useUi();
  const styles = useStyles();
  const p = usePrepare();
  const unnamed = t('ui.prepare.unnamedDeal');
  const openBuild = (scenario: ScenarioId) => {
    writeStored(BUILD_SCENARIO_KEY, scenario);
    showTab?.('build');
  };

  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>{t('ui.prepare.title')}</h2>
      <div className={styles.pair}>
        <Field label={t('ui.prepare.deal')}>
          <Dropdown
            className={styles.input}
            value={p.deal.name || unnamed}
            selectedOptions={[p.id]}
            onOptionSelect={(_, d) => d.optionValue && p.switchTo(d.optionValue)}
          >
            {p.list.map((e) => (
              <Option key={e.id} value={e.id}>
                {e.name || unnamed}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button onClick={p.newDeal}>{t('ui.prepare.newDeal')}</Button>
      </div>
      <div className={styles.pair}>
        <Field label={t('ui.prepare.dealName')}>
          <Input className={styles.input} value={p.deal.name} onChange={(_, d) => p.setFacts({ name: d.value })} />
        </Field>
        <Field label={t('ui.prepare.counterparty')}>
          <Input className={styles.input} value={p.deal.counterparty} onChange={(_, d) => p.setFacts({ counterparty: d.value })} />
        </Field>
      </div>
      {p.notSaved && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{t('ui.prepare.notSaved')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={p.exportDeal}>{t('ui.prepare.exportDeal')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ReadinessSection p={p} openBuild={openBuild} />
      <RecordSection p={p} />
      <MarkingSection recipient={p.deal.counterparty} />
      <DiligenceSection p={p} />
      {p.message && (
        <MessageBar intent={p.message.intent} role="status">
          <MessageBarBody>{t(p.message.key, p.message.params)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
