import { createRoot } from 'react-dom/client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { firstPaint, loadLocale, t, toLocale } from '../core/i18n';
import { reword } from '../core/review/reword';
import { Shell, preloadFirstView } from '../taskpane/app/Shell';
import { SessionProvider } from '../taskpane/shared/SessionContext';
import { useUi } from '../taskpane/shared/UiContext';
import { WorkspaceFrame } from './Workspace';
import { useOpenDocument } from './useOpenDocument';
import { createStandaloneHost, type StandaloneHost } from '../host/standalone';
import { storedForgotten, storedProposals, storeForgotten, storeProposals } from './proposals';
import { warmWork } from '../taskpane/shared/work/runWork';
import { readStored } from '../taskpane/shared/storage';
import { SETTINGS_KEY, parseSettings } from '../taskpane/shared/settings';

/** The standalone workspace: no Office.js, a document opened in the browser, the same panels beside it. */
function WorkspaceApp() {
  const opened = useOpenDocument();
  const [host] = useState(() => {
    const created = createStandaloneHost(opened.current.doc);
    // Before the first render, so nothing stores an empty list over what was kept.
    created.restoreFixes(storedProposals(opened.current.doc));
    created.restoreForgotten(storedForgotten(opened.current.doc));
    return created;
  });
  // A document opened again, or the page reloaded, gets back the clauses proposed for it and the records forgotten.
  useEffect(() => {
    host.open(opened.current.doc);
    host.restoreFixes(storedProposals(opened.current.doc));
    host.restoreForgotten(storedForgotten(opened.current.doc));
  }, [host, opened.current]);
  return (
    <SessionProvider key={opened.current.id} host={host} documentName={opened.current.name} suggestedRole={opened.current.role} counterpart={opened.current.counterpart?.doc}>
      <Shell
        translate={t}
        reword={reword}
        loadLocale={loadLocale}
        surface="workspace"
        hostLanguage={navigator.language}
        initialTab="review"
        ready={viewMessages}
        frame={(panels) => <Frame opened={opened} host={host}>{panels}</Frame>}
      />
    </SessionProvider>
  );
}

function Frame({ opened, host, children }: { opened: ReturnType<typeof useOpenDocument>; host: StandaloneHost; children: React.ReactNode }) {
  const { locale } = useUi();
  // Fixes the user chose are proposals shown in place; the draft itself stays as it was read.
  const { doc, fixes, forgotten } = useSyncExternalStore(host.subscribe, host.snapshot);
  // Proposals are kept per document; where the browser refuses, it asks before a reload or close
  // discards them, and the page says so.
  const [kept, setKept] = useState(true);
  useEffect(() => {
    if (doc) setKept(storeProposals(doc, fixes));
  }, [doc, fixes]);
  // Forgetting only ever adds tags (open() clears them before restoreForgotten puts them back), so an empty list never overwrites a kept one.
  useEffect(() => {
    if (doc && forgotten.length > 0) storeForgotten(doc, forgotten);
  }, [doc, forgotten]);
  useEffect(() => {
    if (kept || fixes.length === 0) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [kept, fixes.length]);
  return (
    <WorkspaceFrame
      current={opened.current}
      open={(file) => void opened.open(file)}
      openCounterpart={(file) => void opened.openCounterpart(file)}
      closeCounterpart={opened.closeCounterpart}
      cancel={opened.cancel}
      busy={opened.busy}
      dismissError={opened.dismissError}
      proposals={fixes}
      withdraw={host.withdrawFix}
      error={opened.error ? opened.error(locale) : !kept && fixes.length > 0 ? t(locale, 'ui.workspace.proposalsAtRisk') : null}
      panels={children}
    />
  );
}

// The workspace opens on the review of its sample: fetch that view with the page, not after it, and
// start the worker that reviews it, so its code loads while the page renders.
preloadFirstView('review');
warmWork();

// The reader's language is loaded before the first render (the English the bar and the document show
// is built in; Chinese is fetched). The views' messages (rule explanations and the views' own words)
// are fetched now, beside the first view's chunk, and the views wait for them (a failed fetch does not
// keep the views from showing, as a failed Chinese fetch never kept the page from it).
const root = document.getElementById('root');
const locale = readStored(SETTINGS_KEY, parseSettings)?.locale ?? toLocale(navigator.language);
const viewMessages = loadLocale(locale).catch(() => undefined);
if (root) void firstPaint(locale).finally(() => createRoot(root).render(<WorkspaceApp />));
