/** Dark or light from Office's theme: isDarkTheme where the host has it, else the body colour. */
export function officeThemeDark(theme: Office.OfficeTheme | undefined): boolean | undefined {
  if (!theme) return undefined;
  return theme.isDarkTheme ?? isDark(theme.bodyBackgroundColor);
}

/** Hosts that predate isDarkTheme still report the body colour. */
function isDark(hex: string | undefined): boolean | undefined {
  const m = hex && /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 128;
}

const THEME_EVENT = 'officeThemeChanged';

type ThemeHandler = (e: { officeTheme?: Office.OfficeTheme }) => void;
/** The part of Office's mailbox and document objects used here; typed loosely since Word does not document the event. */
interface ThemeEvents {
  addHandlerAsync?(type: string, handler: ThemeHandler, callback?: () => void): void;
  removeHandlerAsync?(type: string, options: { handler: ThemeHandler }, callback?: () => void): void;
}

/**
 * Calls `onChange` when Office's theme turns dark or light. Office.EventType.OfficeThemeChanged is
 * documented for Outlook's mailbox only; Word may accept it on the document, and where it refuses,
 * the theme is read again whenever the pane comes back into view or focus (the user changes the
 * theme in File > Account, away from the pane). Returns the unsubscribe.
 */
export function watchOfficeTheme(onChange: (dark: boolean) => void): () => void {
  if (typeof Office === 'undefined' || !Office.context) return () => {};
  let last = officeThemeDark(Office.context.officeTheme);
  const check = (theme: Office.OfficeTheme | undefined) => {
    const dark = officeThemeDark(theme);
    if (dark === undefined || dark === last) return;
    last = dark;
    onChange(dark);
  };
  const eventType = String(Office.EventType?.OfficeThemeChanged ?? THEME_EVENT);
  const onEvent: ThemeHandler = (e) => check(e.officeTheme ?? Office.context.officeTheme);
  const target = (Office.context.mailbox ?? Office.context.document) as unknown as ThemeEvents | undefined;
  try {
    target?.addHandlerAsync?.(eventType, onEvent, () => {});
  } catch {
    // Hosts that do not know the event throw or answer with a failed result: the fallback below covers them.
  }
  const recheck = () => check(Office.context.officeTheme);
  const onVisible = () => document.visibilityState === 'visible' && recheck();
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('focus', recheck);
  return () => {
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('focus', recheck);
    try {
      target?.removeHandlerAsync?.(eventType, { handler: onEvent }, () => {});
    } catch {
      // Nothing was registered.
    }
  };
}
