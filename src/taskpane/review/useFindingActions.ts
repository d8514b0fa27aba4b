import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding, ReviewResult } from '../../core/findings';
import type { ActionMessage } from '../shared/ActionMessage';
import type { FixReport, HostResult } from '../../host/types';
import { useSession } from '../shared/SessionContext';
import { useLibrary } from '../shared/LibraryContext';
import { useUi } from '../shared/UiContext';
import { loadFixes, loadSegment } from './engine-parts';
import type { FindingActions } from './FindingCard';
import { readDraft } from '../shared/readDraft';

/** What the user can do with a finding, through the host; the outcome is reported in plain words. */
export function useFindingActions(remember: (ids: ReadonlySet<string>) => void) {
  const { host, review, dismissed, setActive } = useSession();
  const { library } = useLibrary();
  const { locale, settings } = useUi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const caps = useMemo(() => host.capabilities(), [host]);
  // The review on show now, for a fix prepared while another review came in (a change of side).
  const latest = useRef(review);
  useEffect(() => {
    latest.current = review;
  }, [review]);

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
                async () => {
                  // The comment carries the clause "apply fix" would put in, filled for this draft, in its language.
                  if (!library || !review || !f.fix) return host.markFindings([f]);
                  const [read, { fixAlone, fixText }] = await Promise.all([readDraft(host), loadFixes()]);
                  const clause = read.ok ? fixAlone(library, review, read.value, f, { locale, companyName: settings.companyName }) : null;
                  return host.markFindings([f], () => (clause ? fixText(clause) : undefined));
                },
                (r) => (r.unplaced.length ? { intent: 'warning', key: 'ui.action.notPlaced' } : { intent: 'success', key: r.as === 'comment' ? 'ui.action.commented' : 'ui.action.highlighted' }),
              )
          : undefined,
      fix:
        caps.applyFix && library && review
          ? (f: Finding) =>
              void perform(
                async (): Promise<HostResult<FixReport>> => {
                  const [read, { fixAlone, fixPlacement }, { segment }] = await Promise.all([readDraft(host), loadFixes(), loadSegment()]);
                  if (!read.ok) return { ok: false, error: read.error, done: read.done };
                  // Filled from the review the click was made on: if another replaced it meanwhile, the clause
                  // could be for the other side, and the revised draft would leave it out without a word.
                  if (!stillShown(latest.current, review, f)) return { ok: false, error: { key: 'ui.action.reviewChanged' }, done: [] };
                  // Numbered as it goes in now, as the redline numbers it: a replacing fix for this finding's own
                  // clause, a new section after the draft's last (in Word, that includes the ones applied so far;
                  // the workspace numbers its proposals together as it shows them).
                  const clause = fixAlone(library, review, read.value, f, { locale, companyName: settings.companyName });
                  if (!clause) return { ok: false, error: { key: 'ui.action.noFix' }, done: [] };
                  return host.applyFix(f, clause, fixPlacement(read.value, segment(read.value), f, clause));
                },
                (r) => {
                  // The finding stays chosen, so the workspace brings the clause just proposed into view.
                  setActive(f.id);
                  return { intent: 'success', key: r.tracked ? 'ui.action.fixTracked' : 'ui.action.fixProposed' };
                },
              )
          : undefined,
      dismiss: (f: Finding) => remember(new Set([...dismissed, f.id])),
    }),
    [caps, host, perform, remember, dismissed, setActive, library, review, locale, settings.companyName],
  );

  return { handlers, busy, message };
}

/** Whether the finding a fix was asked for is still in the review on show, read for the same deal and side. */
function stillShown(now: ReviewResult | null, asked: ReviewResult, f: Finding): boolean {
  return !!now && now.scenario === asked.scenario && now.role === asked.role && now.findings.some((x) => x.id === f.id);
}
