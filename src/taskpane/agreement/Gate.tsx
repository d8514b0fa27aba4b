import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { describePlanMessage } from '../../core/agreement';
import { SIGNED, type Gate as GateResult, type Signed } from '../../core/prepare';
import { useUi } from '../shared/UiContext';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: '6px' },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  p: { margin: 0 },
});

/** The NDA gate above the questionnaire: asks what is signed, or recommends the disclosure terms first and says why. */
export function Gate({ gate, answer, disclosureFirst }: { gate: GateResult | null; answer: (signed: Signed) => void; disclosureFirst: () => void }) {
  const { t, locale } = useUi();
  const styles = useStyles();
  if (!gate || gate.status === 'not-gated' || gate.status === 'open') return null;
  if (gate.status === 'ask')
    return (
      <section aria-label={t('ui.gate.label')}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{t('ui.gate.ask')}</MessageBarTitle>
          <div className={styles.actions} role="group" aria-label={t('ui.gate.ask')}>
            {SIGNED.map((s) => (
              <Button key={s} size="small" onClick={() => answer(s)}>
                {t(`ui.prepare.signed.${s}`)}
              </Button>
            ))}
          </div>
        </MessageBarBody>
      </MessageBar>
      </section>
    );
  return (
    <section aria-label={t('ui.gate.label')}>
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t(gate.priorDisclosure ? 'ui.gate.firstPrior' : 'ui.gate.first')}</MessageBarTitle>
        {gate.why.map((w) => (
          <p key={w.key} className={styles.p}>
            {describePlanMessage(w, locale)}
          </p>
        ))}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={disclosureFirst}>
          {t('ui.gate.buildDisclosure')}
        </Button>
      </MessageBarActions>
    </MessageBar>
    </section>
  );
}
