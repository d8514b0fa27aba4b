import { useEffect, useState } from 'react';

const DARK = '(prefers-color-scheme: dark)';

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK).matches;
}

/**
 * Dark or light: Office's theme when the pane runs in Office and reports one, else the system's
 * prefers-color-scheme (the workspace, and Office hosts without officeTheme).
 */
export function useDarkTheme(officeDark: boolean | undefined): boolean {
  const [systemDark, setSystemDark] = useState(systemPrefersDark);
  useEffect(() => {
    if (officeDark !== undefined || typeof matchMedia !== 'function') return;
    const query = matchMedia(DARK);
    const onChange = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [officeDark]);
  return officeDark ?? systemDark;
}
