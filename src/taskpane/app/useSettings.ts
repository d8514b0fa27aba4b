import { useCallback, useState } from 'react';
import { readStored, writeStored } from '../shared/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, type Settings } from '../shared/settings';

/** Settings kept in localStorage, so they survive closing the pane. */
export function useSettings(): [Settings, (patch: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings>(() => readStored(SETTINGS_KEY, parseSettings) ?? DEFAULT_SETTINGS);
  const update = useCallback((patch: Partial<Settings>) => {
    setSettings((prev) => {
      const next = { ...prev, ...patch };
      writeStored(SETTINGS_KEY, next);
      return next;
    });
  }, []);
  return [settings, update];
}
