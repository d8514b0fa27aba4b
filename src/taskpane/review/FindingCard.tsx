import { useEffect, useRef } from 'react';
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { addsClause, type Finding } from '../../core/findings';
import type { ActionMessage } from '../shared/ActionMessage';
import { ActionBar } from '../shared/ActionBar';
import { useSteadyPress } from '../shared/steadyPress';
import { useUi } from '../shared/UiContext';
import { SEVERITY_COLOR } from './SeveritySummary';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '6px', padding: '10px 0', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', gap: '8px', alignItems: 'flex-start' },
  // Kept at its own width: beside a long title a flex item shrinks, and "Medium" spilled over the title.
  badge: { flexShrink: 0 },
  quote: {
    cursor: 'pointer',
    display: 'block',
    width: '100%',
    textAlign: 'start',
    font: 'inherit',
    backgroundColor: 'transparent',
    border: 'none',
    padding: '0 0 0 8px',
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    fontStyle: 'italic',
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    ':hover': { color: tokens.colorNeutralForeground1 },
  },
  active: { borderLeftColor: tokens.colorBrandStroke1, color: tokens.colorNeutralForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
});

/** What the host lets us do with a finding; an action the host cannot do is not offered. */
export interface FindingActions {
  show: (f: Finding) => void;
  comment?: (f: Finding) => void;
  fix?: (f: Finding) => void;
  dismiss: (f: Finding) => void;
}

const QUOTE_MAX = 220;

/**
 * `preparing`: an action on this finding is under way (our clause is fetched and filled), said on the
 * card clicked; `said`: what came of the last action on it, said here too, as the panel's top may be
 * far out of view.
 */
export function FindingCard({ finding, active, actions, busy, preparing, said }: { finding: Finding; active: boolean; actions: FindingActions; busy: boolean; preparing: boolean; said: ActionMessage | null }) {
  const { t } = useUi();
  // A press on an action is not lost to a render that moves the card under a still pointer.
  const fix = useSteadyPress(() => actions.fix?.(finding), busy);
  const comment = useSteadyPress(() => actions.comment?.(finding), busy);
  const dismiss = useSteadyPress(() => actions.dismiss(finding), busy);
  const styles = useStyles();
  const quote = finding.evidence[0]?.text;
  // The same provision in the draft's other language version, a file not on show: quoted, not linked.
  const other = finding.evidence.find((e) => e.counterpart)?.text;
  const ref = useRef<HTMLElement>(null);
  // Chosen from the document (a click on a marked passage): bring the finding into view here too.
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [active]);
  return (
    <article ref={ref} className={styles.card} aria-label={finding.message} data-finding={finding.id} data-active={active || undefined}>
      <div className={styles.head}>
        <Badge className={styles.badge} color={SEVERITY_COLOR[finding.severity]} appearance="filled" size="small">
          {t(`ui.severity.${finding.severity}`)}
        </Badge>
        <Text weight="semibold">{finding.message}</Text>
      </div>
      {quote && (
        <button
          type="button"
          className={active ? `${styles.quote} ${styles.active}` : styles.quote}
          onClick={() => actions.show(finding)}
          aria-label={t('ui.review.showQuote', { quote: quote.slice(0, 80) })}
          aria-pressed={active}
        >
          “{quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX)}…` : quote}”
        </button>
      )}
      {other && <Caption1 italic>{t('ui.review.counterpartQuote', { quote: other.length > QUOTE_MAX ? `${other.slice(0, QUOTE_MAX)}…` : other })}</Caption1>}
      <Caption1>{finding.why}</Caption1>
      {finding.position && (
        <Caption1>
          {t('ui.review.want', { want: finding.position.want })} {t('ui.review.acceptable', { acceptable: finding.position.acceptable })}
        </Caption1>
      )}
      <div className={styles.actions}>
        {actions.fix && finding.fix && (
          <Button size="small" appearance="primary" disabled={busy} {...fix}>
            {t(addsClause(finding) ? 'ui.review.insertFix' : 'ui.review.replaceFix')}
          </Button>
        )}
        {actions.comment && (
          <Button size="small" disabled={busy} {...comment}>
            {t('ui.review.comment')}
          </Button>
        )}
        <Button size="small" appearance="subtle" disabled={busy} {...dismiss}>
          {t('ui.review.dismiss')}
        </Button>
      </div>
      {preparing && finding.fix && <Caption1 role="status">{t('ui.action.preparing')}</Caption1>}
      {said && <ActionBar said={said} />}
    </article>
  );
}
