import { Dropdown, Option } from '@fluentui/react-components';
import { SCENARIO_IDS, type ScenarioId } from '../../core/scenarios';
import { useUi } from './UiContext';
import { useLibrary } from './LibraryContext';
import { scenarioTitle } from './libraryText';

/**
 * The kind of deal, by the library's titles, with a first choice for "none chosen" (detect it, or
 * any deal) worded by the caller. One picker for Review and the Library.
 */
export function ScenarioPicker(props: { value: ScenarioId | null; noneLabel: string; onChange: (next: ScenarioId | null) => void; disabled?: boolean; className?: string }) {
  const { locale } = useUi();
  const { library } = useLibrary();
  return (
    <Dropdown
      className={props.className}
      value={props.value ? scenarioTitle(library, props.value, locale) : props.noneLabel}
      selectedOptions={[props.value ?? '']}
      onOptionSelect={(_, d) => props.onChange((d.optionValue || null) as ScenarioId | null)}
      disabled={props.disabled}
    >
      <Option value="">{props.noneLabel}</Option>
      {SCENARIO_IDS.map((id) => (
        <Option key={id} value={id}>
          {scenarioTitle(library, id, locale)}
        </Option>
      ))}
    </Dropdown>
  );
}
