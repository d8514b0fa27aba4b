import { useMemo } from 'react';
import { Caption1, Checkbox, Dropdown, Field, Input, Option, Radio, RadioGroup, Switch, Textarea, makeStyles } from '@fluentui/react-components';
import { CHINA_SCOPES, FOREGROUND_MODELS, FORUMS, GOVERNING_LAWS, IMPROVEMENTS_MODELS, LANGUAGES, MINIMUMS_MISSED, POSTURES, PREVAILING, PRODUCT_REGIMES, REGIONS, RUSSIA_REEXPORT, describeAnswerIssue, questionsFor, type Answers, type AnswerIssue, type ScheduleFact } from '../../core/agreement';
import { rolesOf } from '../../core/scenarios';
import type { MessageKey } from '../../core/i18n';
import { useUi } from '../shared/UiContext';
import { useLibrary } from '../shared/LibraryContext';
import { roleLabel } from '../shared/libraryText';
import { getAt } from './draft';
import { askedTexts, exampleAt } from './examples';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '10px' },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  legend: { fontWeight: 600, padding: 0, marginBottom: '4px' },
  // Inputs line up even when one label wraps to two lines.
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))', alignItems: 'end', gap: '8px', '& > *': { minWidth: 0 } },
  // Fluent's Input keeps its intrinsic width; in a narrow pane it must shrink with its column.
  input: { minWidth: 0, width: '100%' },
});

interface Props {
  answers: Answers;
  /** The scenario's example deal, shown as placeholder text only. */
  preset: Answers | null;
  issues: readonly AnswerIssue[];
  answer: (path: string, value: unknown) => void;
  /** The facts the built terms' schedules print, each a blank until answered. */
  scheduleFacts?: readonly ScheduleFact[];
}

/** The short questionnaire: only what the chosen deal needs; the rest keeps the scenario's preset. */
export function Questionnaire({ answers, preset, issues, answer, scheduleFacts = [] }: Props) {
  const { t, locale } = useUi();
  const { library } = useLibrary();
  const styles = useStyles();
  const s = answers.scenario;
  const issueAt = (path: string) => {
    const found = issues.find((i) => i.field === path || i.field.startsWith(`${path}.`));
    return found ? describeAnswerIssue({ ...found, field: '' }, locale) : undefined;
  };
  const text = (path: string, label: MessageKey | { key: MessageKey; party: string }, long = false, hint?: MessageKey, optional = false) => {
    const value = String(getAt(answers, path) ?? '');
    // An empty field is marked as needed, not as wrong: the message above the plan says what is missing.
    const error = value.trim() === '' ? undefined : issueAt(path);
    const example = exampleAt(preset, path);
    const placeholder = example ? t('ui.build.example', { value: example }) : undefined;
    return (
      <Field
        label={typeof label === 'string' ? t(label) : t(label.key, { party: label.party })}
        hint={hint && t(hint)}
        required={value.trim() === '' && issueAt(path) !== undefined}
        validationMessage={error}
        validationState={error ? 'error' : 'none'}
      >
        {long ? (
          <Textarea value={value} resize="vertical" placeholder={placeholder} onChange={(_, d) => answer(path, optional && d.value.trim() === '' ? undefined : d.value)} />
        ) : (
          <Input className={styles.input} value={value} placeholder={placeholder} onChange={(_, d) => answer(path, optional && d.value.trim() === '' ? undefined : d.value)} />
        )}
      </Field>
    );
  };
  const number = (path: string, label: MessageKey, decimals = false) => {
    const value = getAt(answers, path);
    const error = issueAt(path);
    return (
      <Field label={t(label)} validationMessage={error} validationState={error ? 'error' : 'none'}>
        <Input
          className={styles.input}
          type="number"
          inputMode={decimals ? 'decimal' : 'numeric'}
          step={decimals ? 'any' : undefined}
          value={value === undefined ? '' : String(value)}
          onChange={(_, d) => answer(path, d.value === '' ? undefined : Number(d.value))}
        />
      </Field>
    );
  };
  const choice = (path: string, label: MessageKey, values: readonly string[], prefix: string, hint?: MessageKey, fallback = '') => {
    const value = String(getAt(answers, path) ?? fallback);
    const error = issueAt(path);
    return (
      <Field label={t(label)} hint={hint && t(hint)} validationMessage={error} validationState={error ? 'error' : 'none'}>
        <Dropdown className={styles.input} value={value ? t(`${prefix}.${value}` as MessageKey) : ''} selectedOptions={[value]} onOptionSelect={(_, d) => answer(path, d.optionValue)}>
          {values.map((v) => (
            <Option key={v} value={v}>
              {t(`${prefix}.${v}` as MessageKey)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  };
  const party = (side: 'us' | 'them') => (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t(side === 'us' ? 'ui.build.us' : 'ui.build.them')}</legend>
      {text(`parties.${side}.name`, 'ui.build.partyName')}
      <div className={styles.pair}>
        {text(`parties.${side}.shortName`, 'ui.build.shortName')}
        {text(`parties.${side}.jurisdiction`, 'ui.build.jurisdiction')}
      </div>
      <details>
        <summary>{t('ui.build.signing')}</summary>
        {text(`parties.${side}.address`, 'ui.build.address', false, undefined, true)}
        <div className={styles.pair}>
          {text(`parties.${side}.registration`, 'ui.build.registration', false, undefined, true)}
          {text(`parties.${side}.email`, 'ui.build.email', false, undefined, true)}
        </div>
        <div className={styles.pair}>
          {text(`parties.${side}.signatory`, 'ui.build.signatory', false, undefined, true)}
          {text(`parties.${side}.signatoryTitle`, 'ui.build.signatoryTitle', false, undefined, true)}
        </div>
      </details>
    </fieldset>
  );
  const exclusive = answers.exclusivity?.exclusive === true;
  const asked = askedTexts(s);
  // Asked only where a clause of the library in use can say it: an answer that changes nothing misleads.
  const asksCustomers = useMemo(() => !!library?.clauses.some((c) => c.variants.some((v) => v.text.includes('{{customers}}'))), [library]);
  const regions = answers.territory?.regions ?? [];
  const regimes = answers.productRegimes ?? [];
  const questions = questionsFor(s, answers.ourRole);

  return (
    <div className={styles.form}>
      <Field label={t('ui.build.ourRole')}>
        <RadioGroup value={answers.ourRole} onChange={(_, d) => answer('ourRole', d.value)}>
          {rolesOf(s).map((r) => (
            <Radio key={r} value={r} label={roleLabel(library, s, r, locale)} />
          ))}
        </RadioGroup>
      </Field>
      {party('us')}
      {party('them')}
      {/* Worded from our side: when we receive, the purpose limits what we may do with theirs. */}
      {text('purpose', rolesOf(s)[0] === answers.ourRole ? 'ui.build.purpose' : 'ui.build.purposeTheirs', true)}
      {asked.includes('samples') && text('samples', 'ui.build.samples', true)}
      {text('field', 'ui.build.field', false, 'ui.build.fieldHint')}
      {asked.includes('products') && text('products', 'ui.build.products')}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('ui.build.territory')}</legend>
        {choice('territory.china', 'ui.build.china', CHINA_SCOPES, 'ui.china')}
        <div role="group" aria-label={t('ui.build.regions')}>
          {REGIONS.map((r) => (
            <Checkbox
              key={r}
              label={t(`ui.region.${r}`)}
              checked={regions.includes(r)}
              onChange={(_, d) => answer('territory.regions', d.checked ? [...regions, r] : regions.filter((x) => x !== r))}
            />
          ))}
        </div>
        <Field label={t('ui.build.countries')} hint={t('ui.build.countriesHint')} validationMessage={issueAt('territory')} validationState={issueAt('territory') ? 'error' : 'none'}>
          <Input
            value={(answers.territory?.countries ?? []).join(', ')}
            onChange={(_, d) => answer('territory.countries', d.value.split(',').map((c) => c.trimStart()).filter((c, i, all) => c !== '' || i === all.length - 1))}
          />
        </Field>
      </fieldset>
      {(s === 'exclusive-partnership' || s === 'technology-license') && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('ui.build.exclusivity')}</legend>
          <Switch checked={exclusive} label={t('ui.build.exclusive')} onChange={(_, d) => answer('exclusivity.exclusive', d.checked)} />
          {exclusive && asksCustomers && text('exclusivity.customers', 'ui.build.customers', false, 'ui.build.customersHint', true)}
          {exclusive && number('exclusivity.months', 'ui.build.exclusivityMonths')}
          {exclusive && number('exclusivity.minimumQuantity', 'ui.build.minimumQuantity')}
          {exclusive && answers.exclusivity?.minimumQuantity !== undefined && choice('exclusivity.minimumsMissed', 'ui.build.minimumsMissed', MINIMUMS_MISSED, 'ui.missed')}
        </fieldset>
      )}
      {(s === 'joint-development' || s === 'custom-development') && choice('foregroundModel', 'ui.build.foregroundModel', FOREGROUND_MODELS, 'ui.foreground')}
      {answers.foregroundModel === 'one-party-licence-back' && choice('resultsOwner', 'ui.build.resultsOwner', ['us', 'them'], 'ui.owner')}
      {/* A licence has its own improvements clause, whatever this answer says. */}
      {s !== 'technology-license' && choice('improvementsModel', 'ui.build.improvementsModel', IMPROVEMENTS_MODELS, 'ui.improvements', 'ui.build.improvementsHint')}
      {s === 'technology-license' && (
        <div className={styles.fieldset}>
          <Switch
            checked={answers.royaltyPercent !== undefined}
            label={t('ui.build.royalty')}
            onChange={(_, d) => answer('royaltyPercent', d.checked ? (preset?.royaltyPercent ?? 3) : undefined)}
          />
          <Caption1>{t('ui.build.royaltyHint')}</Caption1>
          {answers.royaltyPercent !== undefined && number('royaltyPercent', 'ui.build.royaltyPercent', true)}
        </div>
      )}
      {questions.includes('lithiumCells') && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('ui.build.goods')}</legend>
          <Switch checked={answers.lithiumCells === true} label={t('ui.build.lithiumCells')} onChange={(_, d) => answer('lithiumCells', d.checked)} />
          {questions.includes('productRegimes') && (
            <div role="group" aria-label={t('ui.build.productRegimes')}>
              <Caption1>{t('ui.build.productRegimes')}</Caption1>
              {PRODUCT_REGIMES.map((r) => (
                <Checkbox
                  key={r}
                  label={t(`ui.regime.${r}`)}
                  checked={regimes.includes(r)}
                  onChange={(_, d) => answer('productRegimes', d.checked ? [...regimes, r] : regimes.filter((x) => x !== r))}
                />
              ))}
            </div>
          )}
          {questions.includes('russiaReexport') && (
            <Field label={t('ui.build.russiaReexport')} hint={t('ui.build.russiaHint')}>
              <Dropdown
                className={styles.input}
                value={t(`ui.russia.${answers.russiaReexport ?? 'none'}`)}
                selectedOptions={[answers.russiaReexport ?? 'none']}
                onOptionSelect={(_, d) => answer('russiaReexport', d.optionValue === 'none' ? undefined : d.optionValue)}
              >
                {(['none', ...RUSSIA_REEXPORT] as const).map((v) => (
                  <Option key={v} value={v}>
                    {t(`ui.russia.${v}`)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
        </fieldset>
      )}
      <div className={styles.pair}>
        {number('termMonths', 'ui.build.termMonths')}
        {number('returnDays', 'ui.build.returnDays')}
        {number('survivalYears', 'ui.build.survivalYears')}
      </div>
      {choice('governingLaw', 'ui.build.governingLaw', GOVERNING_LAWS, 'ui.law')}
      {choice('forum', 'ui.build.forum', FORUMS, 'ui.forum')}
      {choice('posture', 'ui.build.posture', POSTURES, 'ui.posture', 'ui.build.postureHint', 'balanced')}
      {choice('language', 'ui.build.language', LANGUAGES, 'ui.language', undefined, 'en')}
      {/* Which text governs is asked, never assumed, with what each choice means. */}
      {answers.language === 'bilingual' &&
        choice('prevailingLanguage', 'ui.build.prevailing', PREVAILING, 'ui.prevailing', `ui.prevailingHint.${answers.prevailingLanguage ?? 'none'}` as MessageKey)}
      {answers.language !== undefined && answers.language !== 'en' && (
        <details>
          <summary>{t('ui.build.chinese')}</summary>
          {(['us', 'them'] as const).map((side) => (
            <div key={side} className={styles.pair}>
              {text(`parties.${side}.zh.name`, { key: 'ui.build.partyNameZh', party: answers.parties[side].shortName }, false, undefined, true)}
              {text(`parties.${side}.zh.jurisdiction`, { key: 'ui.build.jurisdictionZh', party: answers.parties[side].shortName }, false, undefined, true)}
            </div>
          ))}
          {text('zh.purpose', rolesOf(s)[0] === answers.ourRole ? 'ui.build.purpose' : 'ui.build.purposeTheirs', true, undefined, true)}
          {asked.includes('samples') && text('zh.samples', 'ui.build.samples', true, undefined, true)}
          {text('zh.field', 'ui.build.field', false, undefined, true)}
          {asked.includes('products') && text('zh.products', 'ui.build.products', false, undefined, true)}
        </details>
      )}
      {scheduleFacts.length > 0 && (
        <details>
          <summary>{t('ui.build.schedules')}</summary>
          {scheduleFacts.map((f) => (
            <div key={f}>{text(`particulars.${f}`, `ui.build.fact.${f}`, true, 'ui.build.factsHint', true)}</div>
          ))}
        </details>
      )}
    </div>
  );
}
