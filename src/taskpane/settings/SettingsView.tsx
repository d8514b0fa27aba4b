import { Checkbox, Dropdown, Field, Input, Option, Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import { OPT_IN_RULE_IDS } from '../../core/review/rules/opt-in';
import type { MessageKey } from '../../core/i18n';
import { useLibrary } from '../shared/LibraryContext';
import { useUi } from '../shared/UiContext';
import type { Locale } from '../../core/i18n';
import type { Side } from '../shared/settings';
import { OrganisationLibrary } from './OrganisationLibrary';
import { ESTABLISHED_CHOICES, establishedKey } from './established';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: '16px' }, heading: { margin: 0, fontSize: '16px' } });

export default function SettingsView() {
  const { t, settings, updateSettings } = useUi();
  const { library } = useLibrary();
  const styles = useStyles();
  const place = (code: string) => (code ? t(establishedKey(code) ?? 'ui.settings.countryCode', { code }) : t('ui.settings.establishedLibrary'));
  const choices = [...ESTABLISHED_CHOICES, ...(settings.established && !establishedKey(settings.established) ? [settings.established] : [])];
  return (
    <div className={styles.form}>
      <h2 className={styles.heading}>{t('ui.settings.title')}</h2>
      <Field label={t('ui.settings.company')} hint={t('ui.settings.companyHint')}>
        <Input value={settings.companyName} onChange={(_, d) => updateSettings({ companyName: d.value })} />
      </Field>
      <Field label={t('ui.settings.side')}>
        <RadioGroup value={settings.usualSide} onChange={(_, d) => updateSettings({ usualSide: d.value as Side | '' })}>
          <Radio value="A" label={t('ui.settings.sideA')} />
          <Radio value="B" label={t('ui.settings.sideB')} />
          <Radio value="" label={t('ui.settings.sideAsk')} />
        </RadioGroup>
      </Field>
      <Field label={t('ui.settings.established')} hint={t('ui.settings.establishedHint')}>
        <Dropdown value={place(settings.established)} selectedOptions={[settings.established]} onOptionSelect={(_, d) => updateSettings({ established: d.optionValue ?? '' })}>
          <Option value="">{t('ui.settings.establishedLibrary')}</Option>
          {choices.map((code) => (
            <Option key={code} value={code}>
              {place(code)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('ui.settings.language')}>
        <RadioGroup value={settings.locale ?? 'auto'} onChange={(_, d) => updateSettings({ locale: d.value === 'auto' ? null : (d.value as Locale) })}>
          <Radio value="auto" label={t('ui.settings.languageAuto')} />
          <Radio value="en" label="English" lang="en" />
          <Radio value="zh-CN" label="简体中文" lang="zh-CN" />
        </RadioGroup>
      </Field>
      <Field label={t('ui.settings.reviewRules')}>
        {OPT_IN_RULE_IDS.map((id) => {
          const byOrganisation = library?.review?.enable?.includes(id) ?? false;
          return (
            <Checkbox
              key={id}
              checked={byOrganisation || settings.enabledRules.includes(id)}
              disabled={byOrganisation}
              label={t(`ui.settings.rule.${id}` as MessageKey) + (byOrganisation ? ` (${t('ui.settings.ruleByOrganisation')})` : '')}
              onChange={(_, d) => updateSettings({ enabledRules: d.checked ? [...settings.enabledRules, id] : settings.enabledRules.filter((x) => x !== id) })}
            />
          );
        })}
      </Field>
      <OrganisationLibrary />
    </div>
  );
}
