import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { toLocale } from '../core/i18n/locale';
import type { Host } from '../host/types';
import { officeReady } from '../host/word/ready';
import { watchOfficeTheme } from '../host/word/theme';
import { Shell, preloadFirstView } from './app/Shell';
import { SessionProvider } from './shared/SessionContext';
import { readStored } from './shared/storage';
import { SETTINGS_KEY, parseSettings } from './shared/settings';
import { shownLocale } from './shared/shown-locale';
import type { Locale } from '../core/i18n';

// Only shown in a plain browser, so it is not part of what Word users load at start.
const OutsideOffice = lazy(() => import(/* webpackChunkName: "outside-office" */ './app/OutsideOffice'));

/** Only the host this environment uses is fetched: Word's inside Word, the in-memory one elsewhere. */
async function loadHost(inWord: boolean, locale: () => Locale): Promise<Host> {
  if (inWord) {
    const [{ createWordHost }, { officeWordApi }] = await Promise.all([
      import(/* webpackChunkName: "word-host" */ '../host/word'),
      import(/* webpackChunkName: "word-host" */ '../host/word/office'),
    ]);
    return createWordHost(officeWordApi(), locale);
  }
  const { createStandaloneHost } = await import(/* webpackChunkName: "standalone-host" */ '../host/standalone');
  return createStandaloneHost(null);
}

// The message catalog and the first view are fetched at once, while Office.js starts up.
const catalog = import(/* webpackChunkName: "messages" */ './shared/wording');
// The rest of English (rule explanations, the views' words) is a chunk of its own: asked for as soon
// as the catalog is there, so it too loads while Office starts; main() waits for it with the locale.
void catalog.then((m) => m.loadLocale('en')).catch(() => undefined);
preloadFirstView();

async function main() {
  const root = document.getElementById('root');
  if (!root) return;
  const [start, { t, reword, loadLocale }] = await Promise.all([officeReady(), catalog]);
  const language = start.language ?? navigator.language;
  // Compared by value: the Office global is missing when Office.js could not load.
  const inWord = (start.host as string | null) === 'Word';
  const locale = readStored(SETTINGS_KEY, parseSettings)?.locale ?? toLocale(language);
  // Comments the host writes into the document are worded in the language the pane shows: the
  // opening one, then each the user switches to once it has loaded.
  const shown = shownLocale(locale, loadLocale);
  // Outside Office there is no document to work on: the panels run over none and point to the workspace.
  const [host] = await Promise.all([loadHost(inWord, shown.current), loadLocale(locale)]);
  createRoot(root).render(
    <SessionProvider host={host}>
      <Shell
        translate={t}
        reword={reword}
        loadLocale={shown.load}
        surface="word"
        hostLanguage={language}
        officeDark={start.dark}
        watchOfficeTheme={watchOfficeTheme}
        frame={
          inWord
            ? undefined
            : (panels) => (
                <Suspense fallback={panels}>
                  <OutsideOffice>{panels}</OutsideOffice>
                </Suspense>
              )
        }
      />
    </SessionProvider>,
  );
}

void main();
