import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Host } from '../../host/types';
import type { DocModel } from '../../core/document';
import type { ReviewResult } from '../../core/findings';
import type { Locale } from '../../core/i18n';
import type { RoleId } from '../../core/scenarios';

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
  review: ReviewResult | null;
  /** The reviewed document's fingerprint, which keys the dismissals kept for it. */
  fingerprint: string | null;
  /** The language the review's messages are in. */
  reviewLocale: Locale | null;
  setReview: (r: ReviewResult | null, fingerprint: string | null, locale: Locale | null) => void;
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
  const [reviewed, setReviewed] = useState<{ review: ReviewResult | null; fingerprint: string | null; reviewLocale: Locale | null }>({
    review: null,
    fingerprint: null,
    reviewLocale: null,
  });
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState<string | null>(null);
  const value = useMemo(
    () => ({
      host,
      documentName,
      suggestedRole,
      ...(counterpart ? { counterpart } : {}),
      ...reviewed,
      setReview: (review: ReviewResult | null, fingerprint: string | null, reviewLocale: Locale | null) => setReviewed({ review, fingerprint, reviewLocale }),
      dismissed,
      setDismissed,
      active,
      setActive,
    }),
    [host, documentName, suggestedRole, counterpart, reviewed, dismissed, active],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside <SessionProvider>');
  return s;
}
