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
      const theme = Office.context?.officeTheme;
      resolve({ host: info.host, language: Office.context?.displayLanguage, dark: theme ? theme.isDarkTheme ?? isDark(theme.bodyBackgroundColor) : undefined });
    });
  });
}

/** Hosts that predate isDarkTheme still report the body colour. */
function isDark(hex: string | undefined): boolean | undefined {
  const m = hex && /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 128;
}
