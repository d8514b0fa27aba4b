import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Host } from '../../host/types';
import type { DocModel } from '../../core/document';
import type { ReviewResult } from '../../core/findings';
import type { RoleId } from '../../core/scenarios';
import { UiContext } from './UiContext';

/**
 * What the panels share with each other and with the workspace's document view: the host, the last
 * review and the finding the user is looking at. Kept above the tabs so switching views loses nothing.
 */
export interface Session {
  host: Host;
  /** The document's file name, for reports and downloads. */
  documentName: string;
  /** Our side in this document when the page knows it (the workspace's sample: we are the battery maker). */
  suggestedRole?: RoleId;
  /** The document's other language version as a separate file (the workspace's second file), reviewed against it. */
  counterpart?: DocModel;
  /** The last review, worded in the language the user has chosen now, whatever language it ran in. */
  review: ReviewResult | null;
  /** The reviewed document's fingerprint, which keys the dismissals kept for it. */
  fingerprint: string | null;
  setReview: (r: ReviewResult | null, fingerprint: string | null) => void;
  /** Finding ids the user dismissed for this document. */
  dismissed: ReadonlySet<string>;
  setDismissed: (ids: ReadonlySet<string>) => void;
  active: string | null;
  setActive: (id: string | null) => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({
  host,
  documentName = 'document.docx',
  suggestedRole,
  counterpart,
  children,
}: {
  host: Host;
  documentName?: string;
  suggestedRole?: RoleId;
  counterpart?: DocModel;
  children: ReactNode;
}) {
  const [reviewed, setReviewed] = useState<{ review: ReviewResult | null; fingerprint: string | null }>({ review: null, fingerprint: null });
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState<string | null>(null);
  const value = useMemo(
    () => ({
      host,
      documentName,
      suggestedRole,
      ...(counterpart ? { counterpart } : {}),
      ...reviewed,
      setReview: (review: ReviewResult | null, fingerprint: string | null) => setReviewed({ review, fingerprint }),
      dismissed,
      setDismissed,
      active,
      setActive,
    }),
    [host, documentName, suggestedRole, counterpart, reviewed, dismissed, active],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/**
 * The session as the panels see it: the review re-worded from the messages it keeps when the user
 * switches language, so a switch never reads or reviews the document again.
 */
export function useSession(): Session {
  const s = useContext(SessionContext);
  const ui = useContext(UiContext);
  const worded = useMemo(() => (s?.review && ui ? { ...s, review: ui.reword(s.review) } : s), [s, ui]);
  if (!worded) throw new Error('useSession outside <SessionProvider>');
  return worded;
}
