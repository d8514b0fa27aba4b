import { createRoot } from 'react-dom/client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { t } from '../core/i18n';
import { Shell, preloadFirstView } from '../taskpane/app/Shell';
import { SessionProvider } from '../taskpane/shared/SessionContext';
import { useUi } from '../taskpane/shared/UiContext';
import { WorkspaceFrame } from './Workspace';
import { useOpenDocument } from './useOpenDocument';
import { createStandaloneHost, type StandaloneHost } from '../host/standalone';

/** The standalone workspace: no Office.js, a document opened in the browser, the same panels beside it. */
function WorkspaceApp() {
  const opened = useOpenDocument();
  const [host] = useState(() => createStandaloneHost(opened.current.doc));
  useEffect(() => host.open(opened.current.doc), [host, opened.current]);
  return (
    <SessionProvider key={opened.current.id} host={host} documentName={opened.current.name} suggestedRole={opened.current.role}>
      <Shell
        translate={t}
        surface="workspace"
        hostLanguage={navigator.language}
        initialTab="review"
        frame={(panels) => <Frame opened={opened} host={host}>{panels}</Frame>}
      />
    </SessionProvider>
  );
}

function Frame({ opened, host, children }: { opened: ReturnType<typeof useOpenDocument>; host: StandaloneHost; children: React.ReactNode }) {
  const { locale } = useUi();
  // Fixes the user chose are proposals shown in place; the draft itself stays as it was read.
  const { fixes } = useSyncExternalStore(host.subscribe, host.snapshot);
  // Proposals live only in this page: the browser asks before a reload or close discards them.
  useEffect(() => {
    if (fixes.length === 0) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [fixes.length]);
  return (
    <WorkspaceFrame
      current={opened.current}
      open={(file) => void opened.open(file)}
      cancel={opened.cancel}
      busy={opened.busy}
      error={opened.error ? opened.error(locale) : null}
      dismissError={opened.dismissError}
      proposals={fixes}
      panels={children}
    />
  );
}

// The workspace opens on the review of its sample: fetch that view with the page, not after it.
preloadFirstView('review');

const root = document.getElementById('root');
if (root) createRoot(root).render(<WorkspaceApp />);
