import type { ReactNode } from 'react';
import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useUi } from '../shared/UiContext';

/** The pane opened in a plain browser: say where the real work happens. */
export default function OutsideOffice({ children }: { children: ReactNode }) {
  const { t } = useUi();
  return (
    <>
      <MessageBar intent="info">
        <MessageBarBody>
          {t('ui.outside.body')} <Link href="index.html">{t('ui.outside.workspace')}</Link>
        </MessageBarBody>
      </MessageBar>
      {children}
    </>
  );
}
