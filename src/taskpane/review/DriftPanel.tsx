import { useCallback, useEffect, useState } from 'react';
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DriftEntry, DriftStatus, HostMessage } from '../../host/types';
import { useLibrary } from '../shared/LibraryContext';
import { useSession } from '../shared/SessionContext';
import { useUi } from '../shared/UiContext';
import { loadAgreement } from './engine-parts';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '6px', paddingTop: '8px', borderTop: `2px solid ${tokens.colorNeutralStroke1}` },
  heading: { margin: 0, fontSize: '14px' },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', padding: '4px 0' },
  diff: { margin: 0, fontSize: '12px', lineHeight: '1.5', overflowWrap: 'anywhere' },
  added: { backgroundColor: tokens.colorPaletteGreenBackground2, textDecoration: 'none' },
  removed: { backgroundColor: tokens.colorPaletteRedBackground2 },
});

const STATUS_COLOR: Record<DriftStatus, 'success' | 'warning' | 'danger' | 'subtle'> = { unchanged: 'success', edited: 'warning', removed: 'danger', unverifiable: 'subtle' };

const goneNote = (notes: readonly HostMessage[]) => notes.find((n) => n.key === 'host.note.fixesGone') ?? null;

/** The clause renderer, once a document with our clauses has needed it; kept for the page's life. */
let renderer: Awaited<ReturnType<typeof loadAgreement>> | null = null;

/** Our inserted clauses and whether each still reads as the library wrote it; shown only when the document holds some. */
export function DriftPanel() {
  const { t } = useUi();
  const { host } = useSession();
  const { library } = useLibrary();
  const styles = useStyles();
  const [entries, setEntries] = useState<DriftEntry[] | null>(null);
  const [error, setError] = useState<HostMessage | null>(null);
  // Our fixes recorded but no longer found: named, and their records kept until the user forgets them.
  const [gone, setGone] = useState<HostMessage | null>(null);

  const check = useCallback(async () => {
    if (!library) return;
    // The renderer carries much of the engine (about 500 KB of script before compression), so it is
    // fetched only for a document that holds clauses of ours, which a counterparty's draft seldom
    // does. Until it is here, the clauses are listed first (in Word, the same reading a check makes).
    if (!renderer) {
      const listed = await host.listClauses();
      if (!listed.ok) return setError(listed.error);
      if (listed.value.length === 0) {
        setError(null);
        setGone(goneNote(listed.notes));
        return setEntries([]);
      }
      renderer = await loadAgreement();
    }
    const { renderRecorded } = renderer;
    const result = await host.checkDrift((clauseId, variantId, values, language) =>
      renderRecorded(library, clauseId, variantId, '1', values, language)
        .map((p) => `${p.label} ${p.text}`)
        .join('\n'),
    );
    if (result.ok) {
      setEntries(result.value);
      setGone(goneNote(result.notes));
      setError(null);
    } else setError(result.error);
  }, [host, library]);

  // The only path, besides the user's own edits, by which records go: a click on "forget".
  const forget = useCallback(async () => {
    const result = await host.forgetGoneFixes();
    if (!result.ok) return setError(result.error);
    await check();
  }, [host, check]);

  useEffect(() => {
    void check();
  }, [check]);

  if (error) return <Caption1 role="status">{t(error.key, error.params)}</Caption1>;
  const goneNotice = gone && (
    <div>
      <Caption1 role="status">{t(gone.key, gone.params)}</Caption1>{' '}
      <Button size="small" onClick={() => void forget()}>
        {t('ui.drift.forget')}
      </Button>
    </div>
  );
  if (!entries || entries.length === 0) return goneNotice || null;
  const edited = entries.filter((e) => e.status === 'edited' || e.status === 'removed').length;
  const unchecked = entries.filter((e) => e.status === 'unverifiable');
  // One reason is usually shared by every clause that cannot be checked: say it once.
  const sharedNote = unchecked.length > 1 && unchecked.every((e) => e.note?.key === unchecked[0]!.note?.key) ? unchecked[0]!.note : undefined;
  return (
    <section className={styles.panel} aria-labelledby="drift-heading">
      <h3 id="drift-heading" className={styles.heading}>
        {t('ui.drift.title')}
      </h3>
      <Caption1>{t('ui.drift.summary', { count: entries.length, edited, unchecked: unchecked.length })}</Caption1>
      {sharedNote && <Caption1>{t(sharedNote.key, sharedNote.params)}</Caption1>}
      {goneNotice}
      {entries.map((e) => (
        <div key={e.tag} className={styles.item}>
          <div>
            <Text weight="semibold">{e.title}</Text>{' '}
            <Badge size="small" appearance="tint" color={STATUS_COLOR[e.status]}>
              {t(`ui.drift.${e.status}`)}
            </Badge>
          </div>
          {e.note && !(sharedNote && e.status === 'unverifiable') && <Caption1>{t(e.note.key, e.note.params)}</Caption1>}
          {e.diff && (
            <p className={styles.diff}>
              {e.diff.map((part, i) =>
                part.kind === 'added' ? (
                  <ins key={i} className={styles.added}>
                    {part.text}
                  </ins>
                ) : part.kind === 'removed' ? (
                  <del key={i} className={styles.removed}>
                    {part.text}
                  </del>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </p>
          )}
        </div>
      ))}
      <div>
        <Button size="small" onClick={() => void check()}>
          {t('ui.drift.again')}
        </Button>
      </div>
    </section>
  );
}
