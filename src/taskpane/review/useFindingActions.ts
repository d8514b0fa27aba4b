import { useCallback, useMemo, useState } from 'react';
import type { Finding } from '../../core/findings';
import type { MessageKey, MessageParams } from '../../core/i18n';
import type { HostResult } from '../../host/types';
import { useSession } from '../shared/SessionContext';
import type { FindingActions } from './FindingCard';

export interface ActionMessage {
  intent: 'success' | 'warning' | 'error';
  key: MessageKey;
  params?: MessageParams;
}

/** What the user can do with a finding, through the host; the outcome is reported in plain words. */
export function useFindingActions(remember: (ids: ReadonlySet<string>) => void) {
  const { host, dismissed, setActive } = useSession();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const caps = useMemo(() => host.capabilities(), [host]);

  const perform = useCallback(async <T,>(work: () => Promise<HostResult<T>>, done: (value: T) => ActionMessage | null) => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await work();
      setMessage(result.ok ? done(result.value) : { intent: 'error', key: result.error.key, params: result.error.params });
    } catch {
      setMessage({ intent: 'error', key: 'ui.action.failed' });
    } finally {
      setBusy(false);
    }
  }, []);

  const handlers: FindingActions = useMemo(
    () => ({
      show: (f: Finding) => {
        setActive(f.id);
        if (f.evidence.length > 0) void perform(() => host.goTo(f), () => null);
      },
      comment:
        caps.comments
          ? (f: Finding) =>
              void perform(
                () => host.markFindings([f]),
                (r) => (r.unplaced.length ? { intent: 'warning', key: 'ui.action.notPlaced' } : { intent: 'success', key: r.as === 'comment' ? 'ui.action.commented' : 'ui.action.highlighted' }),
              )
          : undefined,
      dismiss: (f: Finding) => remember(new Set([...dismissed, f.id])),
    }),
    [caps, host, perform, remember, dismissed, setActive],
  );

  return { handlers, busy, message };
}

