import { useEffect, useMemo, useState } from 'react';
import { Button, Caption1, Field, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import { roleForSide, rolesOf, type RoleId, type ScenarioId } from '../../core/scenarios';
import type { Finding } from '../../core/findings';
import { partiesSentence } from '../../core/review/parties-sentence';
import { useUi } from '../shared/UiContext';
import { ActionBar } from '../shared/ActionBar';
import { useSession } from '../shared/SessionContext';
import { useLibrary } from '../shared/LibraryContext';
import { roleLabel } from '../shared/libraryText';
import { ScenarioPicker } from '../shared/ScenarioPicker';
import { useReview } from './useReview';
import { useFindingActions } from './useFindingActions';
import { countBySeverity, groupByTopic } from './group';
import { SeveritySummary } from './SeveritySummary';
import { FindingList } from './FindingList';
import { ExportReport } from './ExportReport';
import { DownloadIssues } from './DownloadIssues';
import { DriftPanel } from './DriftPanel';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: '12px' },
  heading: { margin: 0, fontSize: '16px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  // Fluent's Dropdown asks for 250 px; in a 320-pixel pane it takes the width it is given.
  dropdown: { minWidth: 0, width: '100%' },
});

export default function ReviewView() {
  const { t, locale, surface, settings } = useUi();
  const { library, loading } = useLibrary();
  const { dismissed, active, documentName } = useSession();
  const { review, phase, error, start, cancel, remember } = useReview();
  const actions = useFindingActions(remember);
  const styles = useStyles();
  const [scenario, setScenario] = useState<ScenarioId | null>(review?.scenario ?? null);
  const [role, setRole] = useState<RoleId | undefined>(review?.role);
  const running = phase !== 'idle';
  const [exportFailed, setExportFailed] = useState<'ui.review.exportFailed' | 'ui.review.issuesFailed' | 'ui.review.issuesNotFetched' | null>(null);

  // The workspace opens on a draft: review it at once so a new user sees what the tool does. The
  // review waits for the library (it names the fixes) but runs without it if the library failed.
  useEffect(() => {
    if (surface === 'workspace' && !review && !loading) void start({ scenario: null });
  }, [surface, review, loading, start]);

  // Follow what the review detected until the user chooses otherwise.
  useEffect(() => {
    if (!review) return;
    setScenario(review.scenario);
    setRole(review.role ?? (review.scenario && settings.usualSide ? roleForSide(review.scenario, settings.usualSide) : undefined));
  }, [review, settings.usualSide]);

  const shown = useMemo(() => review?.findings.filter((f: Finding) => !dismissed.has(f.id)) ?? [], [review, dismissed]);
  const groups = useMemo(() => groupByTopic(shown), [shown]);
  const counts = useMemo(() => countBySeverity(shown), [shown]);
  const rerun = (s: ScenarioId | null, r: RoleId | undefined) => void start({ scenario: s, role: r });

  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>{t('ui.review.title')}</h2>
      <Field label={t('ui.review.scenario')} hint={review?.scenarioReason && review.scenario === scenario ? review.scenarioReason : undefined}>
        <ScenarioPicker
          className={styles.dropdown}
          value={scenario}
          noneLabel={t('ui.review.scenarioAuto')}
          onChange={(next) => {
            setScenario(next);
            setRole(undefined);
            if (review) rerun(next, undefined);
          }}
          disabled={running}
        />
      </Field>
      {scenario && (
        <Field label={t('ui.review.role')} hint={role ? (review?.role === role ? partiesSentence(review.parties, locale) : undefined) : t('ui.review.roleUnknown')}>
          <RadioGroup
            value={role ?? ''}
            disabled={running}
            onChange={(_, d) => {
              setRole(d.value as RoleId);
              if (review) rerun(scenario, d.value as RoleId);
            }}
          >
            {rolesOf(scenario).map((r) => (
              <Radio key={r} value={r} label={roleLabel(library, scenario, r, locale)} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <div className={styles.row}>
        {running ? (
          <Button onClick={cancel}>{t('ui.cancel')}</Button>
        ) : (
          <Button appearance="primary" onClick={() => rerun(scenario, role)} disabled={loading}>
            {t(review ? 'ui.review.again' : 'ui.review.run')}
          </Button>
        )}
        {review && !running && <ExportReport review={review} dismissed={dismissed} name={documentName} onStart={() => setExportFailed(null)} onError={() => setExportFailed('ui.review.exportFailed')} />}
        {review && !running && <DownloadIssues review={review} dismissed={dismissed} name={documentName} onStart={() => setExportFailed(null)} onError={(notFetched) => setExportFailed(notFetched ? 'ui.review.issuesNotFetched' : 'ui.review.issuesFailed')} />}
      </div>
      {running && (
        <Field validationMessage={t(phase === 'reading' ? 'ui.review.reading' : 'ui.review.checking')} validationState="none">
          <ProgressBar aria-label={t(phase === 'reading' ? 'ui.review.reading' : 'ui.review.checking')} />
        </Field>
      )}
      {exportFailed && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t(exportFailed)}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t(error.key, error.params)}</MessageBarBody>
        </MessageBar>
      )}
      {/* Said in its card; here only when that card is no longer shown (the review changed meanwhile). */}
      {actions.message && !shown.some((f) => f.id === actions.message?.findingId) && <ActionBar said={actions.message} />}
      {review && (
        <>
          <SeveritySummary counts={counts} />
          {/* Without our side, the points that depend on it are not checked: "all clear" would reassure wrongly. */}
          {shown.length === 0 && <Caption1>{t(review.scenario && !review.role ? 'ui.review.noneWithoutSide' : 'ui.review.none')}</Caption1>}
          {/* While a review runs, a card's actions wait for it: a clause filled from the review being replaced would be for the wrong side. */}
          <FindingList groups={groups} active={active} actions={actions.handlers} busy={actions.working !== null || running} working={actions.working} message={actions.message} />
          {dismissed.size > 0 && (
            <Button appearance="subtle" size="small" onClick={() => remember(new Set())}>
              {t('ui.review.restore', { count: dismissed.size })}
            </Button>
          )}
          <DriftPanel />
        </>
      )}
    </div>
  );
}
