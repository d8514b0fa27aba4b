import { Button, Checkbox, Field, Input, Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import { ACTIVITIES, assess, IP_ORGANISED, SENT, SIGNED, type Advice } from '../../core/prepare';
import { describePlanMessage } from '../../core/agreement';
import type { MessageKey } from '../../core/i18n';
import { useUi } from '../shared/UiContext';
import { scenarioTitle } from '../shared/libraryText';
import type { PrepareState } from './usePrepare';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '10px' },
  sub: { margin: 0, fontSize: '14px' },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  legend: { fontWeight: 600, padding: 0, marginBottom: '4px' },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px' },
  result: { display: 'flex', flexDirection: 'column', gap: '8px' },
  h4: { margin: 0, fontSize: '13px' },
});

/** The four questions and the deal facts, then what follows from them in plain words. */
export function ReadinessSection({ p, openBuild }: { p: PrepareState; openBuild: (scenario: NonNullable<ReturnType<typeof assess>['first']>) => void }) {
  const { t, locale } = useUi();
  const styles = useStyles();
  const r = p.deal.readiness;
  const a = assess(r);
  const say = (advice: Advice) => describePlanMessage(advice, locale);
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((x) => x !== value));
  const list = (id: string, title: MessageKey, items: string[]) =>
    items.length > 0 && (
      <div>
        <h4 id={id} className={styles.h4}>
          {t(title)}
        </h4>
        <ul className={styles.list} aria-labelledby={id}>
          {items.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </div>
    );

  return (
    <section aria-labelledby="prepare-readiness" className={styles.section}>
      <h3 id="prepare-readiness" className={styles.sub}>
        {t('ui.prepare.readiness')}
      </h3>
      <Field label={t('ui.prepare.q.market')}>
        <Input value={r.market} onChange={(_, d) => p.setReadiness({ market: d.value })} />
      </Field>
      <Field label={t('ui.prepare.q.productLine')}>
        <Input value={r.productLine} onChange={(_, d) => p.setReadiness({ productLine: d.value })} />
      </Field>
      <Field label={t('ui.prepare.q.ipOrganised')}>
        <RadioGroup value={r.ipOrganised ?? ''} onChange={(_, d) => p.setReadiness({ ipOrganised: d.value as (typeof IP_ORGANISED)[number] })}>
          {IP_ORGANISED.map((v) => (
            <Radio key={v} value={v} label={t(`ui.prepare.ip.${v}`)} />
          ))}
        </RadioGroup>
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('ui.prepare.q.underway')}</legend>
        {ACTIVITIES.map((v) => (
          <Checkbox key={v} label={t(`ui.prepare.activity.${v}`)} checked={r.underway.includes(v)} onChange={(_, d) => p.setReadiness({ underway: toggle(r.underway, v, d.checked === true) })} />
        ))}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('ui.prepare.q.sent')}</legend>
        {SENT.map((v) => (
          <Checkbox key={v} label={t(`ui.prepare.sent.${v}`)} checked={r.sent.includes(v)} onChange={(_, d) => p.setReadiness({ sent: toggle(r.sent, v, d.checked === true) })} />
        ))}
      </fieldset>
      <Field label={t('ui.prepare.q.signed')}>
        <RadioGroup value={r.signed ?? ''} onChange={(_, d) => p.setReadiness({ signed: d.value as (typeof SIGNED)[number] })}>
          {SIGNED.map((v) => (
            <Radio key={v} value={v} label={t(`ui.prepare.signed.${v}`)} />
          ))}
        </RadioGroup>
      </Field>

      <div className={styles.result} role="region" aria-labelledby="prepare-first">
        <h4 id="prepare-first" className={styles.h4}>
          {a.first ? t('ui.prepare.first', { title: scenarioTitle(p.library, a.first, locale) }) : t('ui.prepare.firstNone')}
        </h4>
        {a.why.map((w) => (
          <p key={w.key} style={{ margin: 0 }}>
            {say(w)}
          </p>
        ))}
        {list('prepare-cover', 'ui.prepare.cover', a.cover.map((c) => (c === 'prior-disclosures' || c === 'disclosure-record' ? t(`prepare.cover.${c}`) : t(`ui.topic.${c}`))))}
        {list('prepare-then', 'ui.prepare.then', a.then.map((s) => scenarioTitle(p.library, s, locale)))}
        {list('prepare-risks', 'ui.prepare.risks', a.risks.map(say))}
        {list('prepare-collect', 'ui.prepare.collect', a.collect.map(say))}
        {list('prepare-plan', 'ui.prepare.plan', a.prepare.map(say))}
        {a.first && (
          <div>
            <Button appearance="primary" onClick={() => a.first && openBuild(a.first)}>
              {t('ui.prepare.build', { title: scenarioTitle(p.library, a.first, locale) })}
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}
