import { useCallback, useMemo, useRef, useState, type DragEvent, type ReactNode, type RefObject } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useUi } from '../taskpane/shared/UiContext';
import { useSession } from '../taskpane/shared/SessionContext';
import { DocumentView } from './DocumentView';
import { DownloadRevised } from './DownloadRevised';
import type { Mark } from './highlight';
import type { OpenDocument } from './useOpenDocument';
import type { ProposedFix } from '../host/standalone';
import { numberedProposals } from './revised';

const useStyles = makeStyles({
  // minmax(0, 1fr) columns: a long word or a wide control never makes the page wider than the window (320 px phones).
  page: { display: 'grid', gridTemplateRows: 'auto 1fr', gridTemplateColumns: 'minmax(0, 1fr)', height: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  bar: { display: 'flex', alignItems: 'center', gap: '12px', flexWrap: 'wrap', padding: '8px 16px', '@media (max-width: 480px)': { gap: '8px', padding: '8px' }, backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // At least about ten characters of the file's name beside the title, else a line of its own: a
  // narrow window showed one letter of it.
  file: { color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, flex: '1 1 10em' },
  main: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 380px', minHeight: 0, '@media (max-width: 760px)': { gridTemplateColumns: 'minmax(0, 1fr)', overflowY: 'auto' } },
  doc: { overflowY: 'auto', padding: '16px', minHeight: 0, '@media (max-width: 480px)': { padding: '8px' } },
  panels: { overflowY: 'auto', borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1, minHeight: 0 },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-8px' },
});

export interface WorkspaceFrameProps {
  current: OpenDocument;
  open: (file: File) => void;
  /** Opens the document's other language version, to check the two texts against each other. */
  openCounterpart: (file: File) => void;
  closeCounterpart: () => void;
  cancel: () => void;
  busy: boolean;
  error: string | null;
  dismissError: () => void;
  proposals: readonly ProposedFix[];
  /** Takes back the proposal for a finding. */
  withdraw: (findingId: string) => void;
  panels: ReactNode;
}

/** The workspace page: a bar to open a document, the document with findings marked, and the panels beside it. */
export function WorkspaceFrame({ current, open, openCounterpart, closeCounterpart, cancel, busy, error, dismissError, proposals, withdraw, panels }: WorkspaceFrameProps) {
  const { t } = useUi();
  const { review, dismissed, active, setActive, host } = useSession();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const counterpartInput = useRef<HTMLInputElement>(null);
  const [dropping, setDropping] = useState(false);
  const shownName = current.sample ? t('ui.workspace.sampleName') : current.name;

  const marks = useMemo(() => {
    const byParagraph = new Map<number, Mark[]>();
    for (const f of review?.findings ?? []) {
      if (dismissed.has(f.id)) continue;
      // A quote from the other language's file has no place in this document.
      for (const e of f.evidence.filter((x) => !x.counterpart)) {
        const list = byParagraph.get(e.paragraph) ?? [];
        list.push({ start: e.start, end: e.end, findingId: f.id, severity: f.severity });
        byParagraph.set(e.paragraph, list);
      }
    }
    return byParagraph;
  }, [review, dismissed]);

  const shown = useMemo(() => (review ? numberedProposals(current.doc, review, dismissed, proposals) : proposals), [current.doc, review, dismissed, proposals]);

  const pick = useCallback(
    (id: string) => {
      setActive(id);
      const finding = review?.findings.find((f) => f.id === id);
      if (finding) void host.goTo(finding);
    },
    [review, host, setActive],
  );

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropping(false);
    const file = e.dataTransfer.files[0];
    if (file) open(file);
  };

  return (
    <div className={styles.page}>
      <header className={styles.bar}>
        <h1 className={styles.title}>{t('app.name')}</h1>
        <Text className={styles.file} title={shownName}>
          {shownName}
        </Text>
        {busy && (
          <>
            <Spinner size="tiny" label={t('ui.workspace.opening')} />
            <Button size="small" onClick={cancel}>
              {t('ui.cancel')}
            </Button>
          </>
        )}
        {current.file && review && <DownloadRevised file={current.file} name={current.name} review={review} dismissed={dismissed} proposals={proposals} />}
        {current.counterpart ? (
          <>
            <Text className={styles.file} title={current.counterpart.name}>
              {t('ui.workspace.counterpart', { name: current.counterpart.name })}
            </Text>
            <Button size="small" onClick={closeCounterpart}>
              {t('ui.workspace.closeCounterpart')}
            </Button>
          </>
        ) : (
          !current.sample && (
            <Button title={t('ui.workspace.openCounterpartHint')} onClick={() => counterpartInput.current?.click()}>
              {t('ui.workspace.openCounterpart')}
            </Button>
          )
        )}
        <Button appearance="primary" onClick={() => input.current?.click()}>
          {t('ui.workspace.open')}
        </Button>
        <FilePicker picker={input} name="draft" label={t('ui.workspace.open')} pick={open} />
        <FilePicker picker={counterpartInput} name="counterpart" label={t('ui.workspace.openCounterpart')} pick={openCounterpart} />
      </header>
      <main className={styles.main}>
        <div
          className={mergeClasses(styles.doc, dropping && styles.dropping)}
          tabIndex={0}
          role="region"
          aria-label={t('ui.workspace.documentPane')}
          onDragOver={(e) => {
            e.preventDefault();
            setDropping(true);
          }}
          onDragLeave={() => setDropping(false)}
          onDrop={onDrop}
        >
          {error && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{error}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={dismissError}>
                  {t('ui.close')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {current.sample && (
            <MessageBar intent="info">
              <MessageBarBody>{t('ui.workspace.sampleNote')}</MessageBarBody>
            </MessageBar>
          )}
          <DocumentView doc={current.doc} label={t('ui.workspace.document', { name: shownName })} marks={marks} activeFinding={active} onPick={pick} proposals={shown} onWithdraw={withdraw} />
        </div>
        <aside className={styles.panels} aria-label={t('ui.workspace.panels')} tabIndex={0}>
          {panels}
        </aside>
      </main>
    </div>
  );
}

const ACCEPT = '.docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

/** A hidden file input, opened by its button. */
function FilePicker({ picker, name, label, pick }: { picker: RefObject<HTMLInputElement | null>; name: string; label: string; pick: (file: File) => void }) {
  return (
    <input
      ref={picker}
      data-picker={name}
      type="file"
      accept={ACCEPT}
      hidden
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        if (file) pick(file);
        e.target.value = '';
      }}
    />
  );
}
