import { officeThemeDark } from './officeTheme';

/** What the pane learns from Office at start; host null when the page is open outside Office. */
export interface OfficeStart {
  host: Office.HostType | null;
  language?: string;
  dark?: boolean;
}

const READY_TIMEOUT_MS = 5000;

/**
 * Host detection in a few lines over Office.onReady (as Script Lab does, without
 * office-js-helpers). Office.js calls onReady with a null host in a plain browser; if Office.js
 * could not load at all (offline, blocked), the pane starts as if outside Office.
 */
export function officeReady(): Promise<OfficeStart> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve({ host: null });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ host: null }), READY_TIMEOUT_MS);
    void Office.onReady((info) => {
      clearTimeout(timer);
      if (!info.host) return resolve({ host: null });
      resolve({ host: info.host, language: Office.context?.displayLanguage, dark: officeThemeDark(Office.context?.officeTheme) });
    });
  });
}
