import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding, ReviewResult } from '../../core/findings';
import { outcome, type ActionMessage } from '../shared/ActionMessage';
import type { HostResult } from '../../host/types';
import { useSession } from '../shared/SessionContext';
import { useLibrary } from '../shared/LibraryContext';
import { useUi } from '../shared/UiContext';
import { fixParts } from './engine-parts';
import type { FindingActions } from './FindingCard';
import { readDraft } from '../shared/readDraft';
import { applyClicked, type Clicked } from './clickedFix';
import { holdsFix } from '../../core/agreement/tag';

/** What the user can do with a finding, through the host; the outcome is reported in plain words. */
export function useFindingActions(remember: (ids: ReadonlySet<string>) => void) {
  const { host, review, dismissed, setActive } = useSession();
  const { library } = useLibrary();
  const { locale, settings } = useUi();
  // The finding whose action is under way: its card says so, and every card's actions wait for it.
  const [working, setWorking] = useState<string | null>(null);
  // What came of the last action, said in the card it was asked from (where the user is looking).
  const [message, setMessage] = useState<(ActionMessage & { findingId: string }) | null>(null);
  const caps = useMemo(() => host.capabilities(), [host]);
  // The review on show now, for a fix prepared while another review came in (a change of side).
  const latest = useRef(review);
  useEffect(() => {
    latest.current = review;
  }, [review]);

  // What the cards say now, for a check made after the user's next action.
  const said = useRef(message);
  useEffect(() => {
    said.current = message;
  }, [message]);

  // A card saying our fix is in, while the user has since undone or rejected it in Word: checked
  // against the document's clauses of ours on the user's next action, and said so where it is gone.
  const recheck = useCallback(() => {
    const m = said.current;
    const fix = m && FIX_IN.has(m.key) ? review?.findings.find((x) => x.id === m.findingId)?.fix : undefined;
    if (!m || !fix) return;
    void host.listClauses().then(
      (r) => r.ok && !r.value.some((c) => holdsFix(c.tag, fix)) && setMessage((now) => (now === m ? { intent: 'warning', key: 'ui.action.fixGone', findingId: m.findingId } : now)),
      () => undefined,
    );
  }, [host, review]);

  const perform = useCallback(async <T,>(f: Finding, work: () => Promise<HostResult<T>>, done: (value: T) => ActionMessage | null) => {
    setWorking(f.id);
    setMessage(null);
    try {
      const result = await work();
      const said = outcome(result, done);
      setMessage(said && { ...said, findingId: f.id });
    } catch {
      setMessage({ intent: 'error', key: 'ui.action.failed', findingId: f.id });
    } finally {
      setWorking(null);
    }
  }, []);

  const handlers: FindingActions = useMemo(
    () => ({
      show: (f: Finding) => {
        setActive(f.id);
        recheck();
        // Not an action of its own: following a passage while our clause is prepared must not clear
        // what the cards say, nor free the cards before the clause is in. Only a failure is said.
        if (f.evidence.length > 0)
          void host.goTo(f).then(
            (r) => r.ok || setMessage({ intent: 'error', key: r.error.key, params: r.error.params, findingId: f.id }),
            () => setMessage({ intent: 'error', key: 'ui.action.failed', findingId: f.id }),
          );
      },
      comment:
        caps.comments
          ? (f: Finding) =>
              void perform(
                f,
                async () => {
                  // The comment carries the clause "apply fix" would put in, filled for this draft, in its language.
                  if (!library || !review || !f.fix) return host.markFindings([f]);
                  const [read, parts] = await Promise.all([readDraft(host), fixParts()]);
                  if (!parts) return notFetched;
                  const [{ fixAlone, fixText }] = parts;
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
                f,
                async (): Promise<Clicked> => {
                  const [read, parts] = await Promise.all([readDraft(host), fixParts()]);
                  if (!parts) return notFetched;
                  const [{ fixAlone, fixPlacement }, { segment }] = parts;
                  if (!read.ok) return { ok: false, error: read.error, done: read.done };
                  // Filled from the review the click was made on: if another replaced it meanwhile, the clause
                  // could be for the other side, and the revised draft would leave it out without a word.
                  if (!stillShown(latest.current, review, f)) return { ok: false, error: { key: 'ui.action.reviewChanged' }, done: [] };
                  // In Word, the other open points on the same clause go in with it as one tracked change.
                  if (caps.trackedFixes) {
                    const open = review.findings.filter((x) => !dismissed.has(x.id));
                    return applyClicked(host, parts[0], library, review, read.value, f, open, { locale, companyName: settings.companyName });
                  }
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
                  if ('key' in r) return r;
                  return { intent: 'success', key: r.tracked ? 'ui.action.fixTracked' : 'ui.action.fixProposed' };
                },
              )
          : undefined,
      dismiss: (f: Finding) => {
        // What was said in its card goes with it, rather than moving to the panel's top.
        setMessage((m) => (m?.findingId === f.id ? null : m));
        remember(new Set([...dismissed, f.id]));
      },
    }),
    [caps, host, perform, recheck, remember, dismissed, setActive, library, review, locale, settings.companyName],
  );

  return { handlers, working, message };
}

/** What a card says once our fix for its point is in the document. */
const FIX_IN: ReadonlySet<string> = new Set(['ui.action.fixTracked', 'fix.click.joined', 'fix.click.alreadyIn']);

/** The code that fills our clause did not come (a dropped connection, or too slow): nothing was changed. */
const notFetched = { ok: false as const, error: { key: 'ui.action.notFetched' as const }, done: [] };

/** Whether the finding a fix was asked for is still in the review on show, read for the same deal and side. */
function stillShown(now: ReviewResult | null, asked: ReviewResult, f: Finding): boolean {
  return !!now && now.scenario === asked.scenario && now.role === asked.role && now.findings.some((x) => x.id === f.id);
}
