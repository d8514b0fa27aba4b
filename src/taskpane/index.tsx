import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { officeReady } from './app/officeReady';
import { Shell } from './app/Shell';
import { SessionProvider } from './shared/SessionContext';
import { documentHost } from '../workspace/documentHost';

// Only shown in a plain browser, so it is not part of what Word users load at start.
const OutsideOffice = lazy(() => import(/* webpackChunkName: "outside-office" */ './app/OutsideOffice'));

async function main() {
  const root = document.getElementById('root');
  if (!root) return;
  const start = await officeReady();
  // Outside Office there is no document to work on: the panels run over an empty one and point to the workspace.
  const host = documentHost({ paragraphs: [] });
  createRoot(root).render(
    <SessionProvider host={host}>
      <Shell
        surface="word"
        hostLanguage={start.language ?? navigator.language}
        officeDark={start.dark}
        frame={(panels) => (
          <Suspense fallback={panels}>
            <OutsideOffice>{panels}</OutsideOffice>
          </Suspense>
        )}
      />
    </SessionProvider>,
  );
}

void main();
