import { officeThemeDark } from './theme';

/** What the pane learns from Office at start; host null when the page is open outside Office. */
export interface OfficeStart {
  host: Office.HostType | null;
  language?: string;
  dark?: boolean;
}

/**
 * Host detection in a few lines over Office.onReady (as Script Lab does, without
 * office-js-helpers). Office.js calls onReady with a null host in a plain browser; only when
 * Office.js could not load at all (offline, blocked) does the pane start as if outside Office.
 * There is no time limit: Word can take many seconds to start an add-in, and a pane that gave up
 * would stay in "outside Office" mode inside Word with no way back.
 */
export function officeReady(): Promise<OfficeStart> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve({ host: null });
  return new Promise((resolve) => {
    void Office.onReady((info) => {
      if (!info.host) return resolve({ host: null });
      resolve({ host: info.host, language: Office.context?.displayLanguage, dark: officeThemeDark(Office.context?.officeTheme) });
    });
  });
}
