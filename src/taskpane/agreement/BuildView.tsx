import { useMemo, useRef } from 'react';
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { describePlanMessage, refusal as refusalOf, toText, type AnswerIssue, type RenderedTerms, type ScheduleFact } from '../../core/agreement';
import { useLibrary } from '../shared/LibraryContext';
import { useUi } from '../shared/UiContext';
import { ActionBar } from '../shared/ActionBar';
import { useSession } from '../shared/SessionContext';
import { useBuild } from './useBuild';
import { ScenarioCards } from './ScenarioCards';
import { Questionnaire } from './Questionnaire';
import { PlanList } from './PlanList';
import { Gate } from './Gate';
import { DISCLOSURE_SCHEDULE } from '../../core/prepare';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: '14px' },
  heading: { margin: 0, fontSize: '16px' },
  sub: { margin: 0, fontSize: '14px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  preview: {
    margin: 0,
    maxHeight: '320px',
    overflowY: 'auto',
    whiteSpace: 'pre-wrap',
    fontFamily: 'Georgia, "Times New Roman", serif',
    fontSize: '13px',
    padding: '8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  warnings: { margin: 0, paddingLeft: '18px' },
});

export default function BuildView() {
  const { t, locale, surface } = useUi();
  const { host } = useSession();
  const styles = useStyles();
  const b = useBuild();
  const caps = host.capabilities();
  const canInsert = caps.insert;
  // Without Word (the workspace, or the pane opened in a plain browser) the terms go out as a .docx.
  const download = surface === 'workspace' || !caps.apiSets['1.3'];
  // A missing party name is the usual reason and the one that matters most: said first, in plain words.
  const refusal = (issues: readonly AnswerIssue[]) => {
    const lines = [
      issues.some((i) => i.field === 'parties.them.name') && t('ui.build.themNeeded'),
      issues.some((i) => i.field === 'parties.us.name') && t('ui.build.usNeeded'),
      // Counted by question: two empty short names are one missing answer each, not also "the same".
      t('ui.build.fixAnswers', { count: new Set(issues.map((i) => i.field)).size }),
    ].filter((l): l is string => Boolean(l));
    return lines.length === 1 ? lines[0] : (
      <ul className={styles.warnings}>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    );
  };
  const preview = useMemo(() => (b.built?.ok ? toText(b.built.terms) : ''), [b.built]);
  const scheduleFacts = useScheduleFacts(b.built?.ok ? b.built.terms : null, b.scenario);

  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>{t('ui.build.title')}</h2>
      <ScenarioCards chosen={b.scenario} onChoose={b.choose} />
      <Gate gate={b.gated} answer={b.answerGate} disclosureFirst={b.disclosureFirst} />
      {b.answers && (
        <section aria-labelledby="build-answers" className={styles.view}>
          <h3 id="build-answers" className={styles.sub}>
            {t('ui.build.answers')}
          </h3>
          {b.fromDocument && <Caption1>{t('ui.build.partiesFromDocument')}</Caption1>}
          {/* Said, so a record kept for one deal is never put silently into another deal's terms. */}
          {b.built?.ok && b.built.terms.schedules?.some((s) => s.id === DISCLOSURE_SCHEDULE) ? (
            <Caption1>{t('ui.build.fromPrepare', { deal: b.facts.name || t('ui.prepare.unnamedDeal'), count: b.facts.disclosures.length })}</Caption1>
          ) : null}
          <Questionnaire answers={b.answers} preset={b.preset} issues={b.built && !b.built.ok && 'issues' in b.built ? b.built.issues : []} answer={b.answer} scheduleFacts={scheduleFacts} />
          <div>
            <Button size="small" appearance="subtle" onClick={b.reset}>
              {t('ui.build.reset')}
            </Button>
          </div>
        </section>
      )}
      {b.built && !b.built.ok && (
        <MessageBar intent={'issues' in b.built ? 'warning' : 'error'} role="alert" layout="multiline">
          <MessageBarBody>
            {'issues' in b.built ? refusal(b.built.issues) : 'refused' in b.built ? refusalOf(b.built.refused, locale) : t('ui.build.failed', { detail: b.built.error })}
          </MessageBarBody>
        </MessageBar>
      )}
      {b.built?.ok && (
        <>
          <section aria-labelledby="build-plan" className={styles.view}>
            <h3 id="build-plan" className={styles.sub}>
              {t('ui.build.planTitle', { count: b.built.plan.clauses.length })}
            </h3>
            {b.built.plan.warnings.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <ul className={styles.warnings}>
                    {b.built.plan.warnings.map((w, i) => (
                      <li key={i}>{describePlanMessage(w, locale)}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            <PlanList plan={b.built.plan} onSwitch={(clause, variant) => b.setOverrides({ ...b.overrides, [clause]: variant })} />
          </section>
          <section aria-labelledby="build-preview" className={styles.view}>
            <h3 id="build-preview" className={styles.sub}>
              {t('ui.build.preview')}
            </h3>
            <pre className={styles.preview} tabIndex={0} aria-labelledby="build-preview">
              {preview}
            </pre>
            <div className={styles.row}>
              {download ? (
                <Button appearance="primary" disabled={b.busy} onClick={() => void b.download()}>
                  {t('ui.build.download')}
                </Button>
              ) : (
                <>
                  <Button appearance="primary" disabled={b.busy || !canInsert} onClick={() => void b.insert('cursor')}>
                    {t('ui.build.insertCursor')}
                  </Button>
                  <Button disabled={b.busy || !canInsert} onClick={() => void b.insert('end')}>
                    {t('ui.build.insertEnd')}
                  </Button>
                </>
              )}
            </div>
          </section>
        </>
      )}
      {b.message && (
        <ActionBar said={b.message}>
          {b.message.key === 'ui.build.notSaved' && (
            <MessageBarActions>
              <Button onClick={b.exportAnswers}>{t('ui.build.exportAnswers')}</Button>
            </MessageBarActions>
          )}
        </ActionBar>
      )}
    </div>
  );
}

/**
 * The facts the deal's schedules print, from the last terms that built: an answer being typed that
 * does not yet build keeps its field, rather than the field vanishing under the cursor.
 */
function useScheduleFacts(terms: RenderedTerms | null, scenario: string | null): readonly ScheduleFact[] {
  const { library } = useLibrary();
  const last = useRef<{ scenario: string | null; facts: readonly ScheduleFact[] }>({ scenario: null, facts: [] });
  return useMemo(() => {
    if (!terms) return last.current.scenario === scenario ? last.current.facts : [];
    const named = new Set(terms.schedules?.map((s) => s.id));
    const rows = library?.agreement?.schedules?.particulars.filter((s) => named.has(s.id)).flatMap((s) => s.rows) ?? [];
    const facts = [...new Set(rows.flatMap((r) => (r.fact ? [r.fact] : [])))];
    last.current = { scenario, facts };
    return facts;
  }, [terms, scenario, library]);
}
