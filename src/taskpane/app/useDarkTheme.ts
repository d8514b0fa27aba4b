import { useEffect, useState } from 'react';

const DARK = '(prefers-color-scheme: dark)';

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK).matches;
}

/** Subscribes to the host's theme; returns the unsubscribe. */
export type WatchTheme = (onChange: (dark: boolean) => void) => () => void;

/**
 * Dark or light: Office's theme when the pane runs in Office and reports one, followed while the
 * pane is open; else the system's prefers-color-scheme (the workspace, and Office hosts without
 * officeTheme).
 */
export function useDarkTheme(officeDark: boolean | undefined, watchOffice?: WatchTheme): boolean {
  const [systemDark, setSystemDark] = useState(systemPrefersDark);
  const [liveOfficeDark, setLiveOfficeDark] = useState(officeDark);
  useEffect(() => {
    if (officeDark === undefined || !watchOffice) return;
    return watchOffice(setLiveOfficeDark);
  }, [officeDark, watchOffice]);
  useEffect(() => {
    if (officeDark !== undefined || typeof matchMedia !== 'function') return;
    const query = matchMedia(DARK);
    const onChange = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [officeDark]);
  return liveOfficeDark ?? systemDark;
}
