import { Badge, makeStyles } from '@fluentui/react-components';
import { SEVERITIES, type Severity } from '../../core/findings';
import { useUi } from '../shared/UiContext';
import type { SeverityCounts } from './group';

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', gap: '6px', margin: 0, padding: 0, listStyle: 'none' } });

export const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative' | 'subtle'> = {
  high: 'danger',
  medium: 'warning',
  low: 'informative',
  info: 'subtle',
};

export function SeveritySummary({ counts }: { counts: SeverityCounts }) {
  const { t } = useUi();
  const styles = useStyles();
  return (
    <ul className={styles.row} aria-label={t('ui.review.summary')}>
      {SEVERITIES.map((s) => (
        <li key={s}>
          <Badge appearance={counts[s] ? 'filled' : 'outline'} color={SEVERITY_COLOR[s]}>
            {t('ui.review.count', { count: counts[s], severity: t(`ui.severity.${s}`) })}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
