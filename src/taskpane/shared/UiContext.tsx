import { createContext, useContext } from 'react';
import type { ReviewResult } from '../../core/findings';
import type { Locale, MessageKey, MessageParams } from '../../core/i18n';
import type { Settings } from './settings';

/** Where the panels run: inside Word, or in the standalone workspace beside a loaded document. */
export type Surface = 'word' | 'workspace';

export interface Ui {
  surface: Surface;
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A kept review worded in this language, from the messages it keeps: no second review. */
  reword: (review: ReviewResult) => ReviewResult;
  settings: Settings;
  updateSettings: (patch: Partial<Settings>) => void;
  /** Opens another view (Prepare opens Build on the agreement it recommends). */
  showTab?: (tab: string) => void;
}

export const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi outside <UiContext.Provider>');
  return ui;
}
