import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SCENARIO_IDS, type ScenarioId } from '../../core/scenarios';
import { useUi } from '../shared/UiContext';
import { useLibrary } from '../shared/LibraryContext';
import { lang, scenarioTitle } from '../shared/libraryText';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', gap: '8px', margin: 0, padding: 0, listStyle: 'none' },
  card: {
    width: '100%',
    height: '100%',
    textAlign: 'start',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 10px',
    cursor: 'pointer',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  chosen: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  title: { fontWeight: 600 },
});

/** The six kinds of deal, in plain words from the library; one press picks one. */
export function ScenarioCards({ chosen, onChoose }: { chosen: ScenarioId | null; onChoose: (s: ScenarioId) => void }) {
  const { t, locale } = useUi();
  const { library } = useLibrary();
  const styles = useStyles();
  return (
    <ul className={styles.grid} aria-label={t('ui.build.scenarios')}>
      {SCENARIO_IDS.map((id) => {
        const summary = library?.scenarios.find((s) => s.id === id)?.summary[lang(locale)];
        return (
          <li key={id}>
            <button type="button" className={mergeClasses(styles.card, chosen === id && styles.chosen)} aria-pressed={chosen === id} onClick={() => onChoose(id)}>
              <span className={styles.title}>{scenarioTitle(library, id, locale)}</span>
              {summary && <Caption1>{summary}</Caption1>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
