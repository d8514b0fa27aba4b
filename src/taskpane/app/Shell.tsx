import { lazy, Suspense, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { FluentProvider, Tab, TabList, webDarkTheme, webLightTheme, makeStyles, tokens } from '@fluentui/react-components';
import type { ReviewResult } from '../../core/findings';
import type { Locale, MessageKey, MessageParams } from '../../core/i18n';
import { toLocale } from '../../core/i18n/locale';
import { UiContext, type Surface, type Ui } from '../shared/UiContext';
import { readStored, writeStored } from '../shared/storage';
import { useSettings } from './useSettings';
import { useDarkTheme, type WatchTheme } from './useDarkTheme';
import { LibraryProvider } from '../shared/LibraryContext';

// Only the view on show is loaded: the others are separate chunks fetched on first use.
const VIEWS = {
  prepare: () => import(/* webpackChunkName: "prepare" */ '../prepare/PrepareView'),
  build: () => import(/* webpackChunkName: "build" */ '../agreement/BuildView'),
  review: () => import(/* webpackChunkName: "review" */ '../review/ReviewView'),
  library: () => import(/* webpackChunkName: "library-view" */ '../library/LibraryView'),
  settings: () => import(/* webpackChunkName: "settings" */ '../settings/SettingsView'),
};
const PrepareView = lazy(VIEWS.prepare);
const BuildView = lazy(VIEWS.build);
const ReviewView = lazy(VIEWS.review);
const LibraryView = lazy(VIEWS.library);
const SettingsView = lazy(VIEWS.settings);

export const TABS = ['prepare', 'build', 'review', 'library', 'settings'] as const;
export type TabId = (typeof TABS)[number];
const TAB_KEY = 'clausewright.tab';

const storedTab = () => readStored(TAB_KEY, (v) => (TABS.includes(v as TabId) ? (v as TabId) : null));

/** Starts fetching the first view while the page waits for Office, instead of after. */
export function preloadFirstView(initialTab?: TabId): void {
  void VIEWS[initialTab ?? storedTab() ?? 'review']();
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100%', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  tabs: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: 'auto' },
  view: { padding: '12px', minWidth: 0 },
});

export type Translate = (locale: Locale, key: MessageKey, params?: MessageParams) => string;
export type Reword = (review: ReviewResult, locale: Locale) => ReviewResult;

export interface ShellProps {
  /** The message catalog's `t`, passed in so the task pane can fetch the catalog while Office starts. */
  translate: Translate;
  /** Re-words a kept review, fetched with the catalog for the same reason. */
  reword: Reword;
  /** Loads a language's messages where the page does not carry them (Chinese is fetched when chosen). */
  loadLocale: (locale: Locale) => Promise<void>;
  surface: Surface;
  /** Office's display language, or the browser's: used until the user picks one in settings. */
  hostLanguage: string | undefined;
  /** Office's theme where it reports one; undefined follows the system. */
  officeDark?: boolean;
  /** Follows Office's theme while the pane is open (see host/word/theme.ts). */
  watchOfficeTheme?: WatchTheme;
  initialTab?: TabId;
  /** Wraps the panels: the workspace puts the document beside them. */
  frame?: (panels: ReactNode) => ReactNode;
  /** Settles when the views' messages are loaded, where the page draws before they are (the workspace). */
  ready?: Promise<unknown>;
}

export function Shell({ translate, reword, loadLocale, surface, hostLanguage, officeDark, watchOfficeTheme, initialTab, frame, ready }: ShellProps) {
  const styles = useStyles();
  const [settings, updateSettings] = useSettings();
  const locale = useLoadedLocale(settings.locale ?? toLocale(hostLanguage), loadLocale);
  const dark = useDarkTheme(officeDark, watchOfficeTheme);
  const [tab, setTab] = useState<TabId>(() => initialTab ?? storedTab() ?? 'review');
  const choose = useCallback((next: TabId) => {
    setTab(next);
    writeStored(TAB_KEY, next);
  }, []);
  const ui = useMemo<Ui>(
    () => ({
      surface,
      locale,
      t: (key, params) => translate(locale, key, params),
      reword: (review) => reword(review, locale),
      settings,
      updateSettings,
      showTab: (next) => TABS.includes(next as TabId) && choose(next as TabId),
    }),
    [translate, reword, surface, locale, settings, updateSettings, choose],
  );
  useEffect(() => {
    document.documentElement.lang = locale === 'zh-CN' ? 'zh-CN' : 'en';
  }, [locale]);
  const panels = (
    <div className={styles.root}>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => choose(d.value as TabId)} aria-label={ui.t('ui.tabs.label')} size="small">
        {TABS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls="view">
            {ui.t(`ui.tab.${id}`)}
          </Tab>
        ))}
      </TabList>
      <section id="view" role="tabpanel" aria-labelledby={`tab-${tab}`} className={styles.view}>
        {/* Plain text while a view's chunk loads: the Spinner component would add to the start bundle. */}
        <Suspense fallback={<p role="status">{ui.t('ui.loading')}</p>}>
          <After until={ready}>
            {tab === 'prepare' && <PrepareView />}
            {tab === 'build' && <BuildView />}
            {tab === 'review' && <ReviewView />}
            {tab === 'library' && <LibraryView />}
            {tab === 'settings' && <SettingsView />}
          </After>
        </Suspense>
      </section>
    </div>
  );
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={locale === 'zh-CN' ? 'zh-CN' : 'en'} style={{ minHeight: '100vh' }}>
      <UiContext.Provider value={ui}>
        <LibraryProvider>{frame ? frame(panels) : panels}</LibraryProvider>
      </UiContext.Provider>
    </FluentProvider>
  );
}

/** Its children once `until` settles (inside the views' Suspense, which shows the loading line meanwhile). */
function After({ until, children }: { until?: Promise<unknown>; children: ReactNode }) {
  if (until) use(until);
  return children;
}

/**
 * The chosen language once its messages are loaded; until then the one shown before, so a switch
 * never shows a page half in one language. The page loads the first language before it renders.
 */
function useLoadedLocale(chosen: Locale, load: (locale: Locale) => Promise<void>): Locale {
  const [shown, setShown] = useState(chosen);
  useEffect(() => {
    let live = true;
    load(chosen).then(
      () => live && setShown(chosen),
      // Not fetched (offline): the page stays in the language it shows.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [chosen, load]);
  return shown;
}
