import { Dropdown, Field, Option } from '@fluentui/react-components';
import { CLASSIFICATIONS, recordWordsIn, type Classification } from '../../core/prepare';
import { useUi } from '../shared/UiContext';

/** How confidential an item is, in the record's own words: one picker for the record and the marking. */
export function ClassificationField({ value, onChange, className }: { value: Classification; onChange: (next: Classification) => void; className?: string }) {
  const { t, locale } = useUi();
  const words = recordWordsIn(locale);
  return (
    <Field label={t('ui.prepare.record.classification')}>
      <Dropdown className={className} value={words.classifications[value]} selectedOptions={[value]} onOptionSelect={(_, d) => onChange(d.optionValue as Classification)}>
        {CLASSIFICATIONS.map((c) => (
          <Option key={c} value={c}>
            {words.classifications[c]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
