import type { ReactNode } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ActionMessage } from './ActionMessage';
import { useUi } from './UiContext';

/** An action's outcome, with each further thing the host said on a line of its own; children are its actions. */
export function ActionBar({ said, children }: { said: ActionMessage; children?: ReactNode }) {
  const { t } = useUi();
  const more = said.more ?? [];
  return (
    <MessageBar intent={said.intent} role={said.intent === 'error' ? 'alert' : 'status'} layout={more.length > 0 ? 'multiline' : 'auto'}>
      <MessageBarBody>
        {t(said.key, said.params)}
        {more.map((m, i) => (
          <div key={i}>{t(m.key, m.params)}</div>
        ))}
      </MessageBarBody>
      {children}
    </MessageBar>
  );
}
