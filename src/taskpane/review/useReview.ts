import { useCallback, useRef, useState } from 'react';
import { isRoleOf, roleForSide, SCENARIO_IDS, type RoleId, type ScenarioId } from '../../core/scenarios';
import type { HostMessage } from '../../host/types';
import { writeStored } from '../shared/storage';
import { useSession } from '../shared/SessionContext';
import { useUi } from '../shared/UiContext';
import { useLibrary } from '../shared/LibraryContext';
import { runWork, type RunningWork } from '../shared/work/runWork';
import { reviewPart } from '../shared/work/reviewPart';
import { dismissalKey, storedDismissals } from './dismissals';
import { documentKeys } from './documentKeys';
import { rememberedSide, rememberSide } from './rememberedSide';
import { readDraft } from '../shared/readDraft';
import { loadLocale } from '../../core/i18n';

export type ReviewPhase = 'idle' | 'reading' | 'checking';

export interface ReviewChoice {
  /** null: detect it from the document. */
  scenario: ScenarioId | null;
  role?: RoleId;
}

function sideIn(scenario: ScenarioId, suggested: RoleId | undefined, usual: '' | 'A' | 'B'): RoleId | undefined {
  if (suggested && isRoleOf(scenario, suggested)) return suggested;
  return usual ? roleForSide(scenario, usual) : undefined;
}

/** Let the browser paint the progress before the next step holds the thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Read the document through the host, review it, and keep the result in the session. A run can be
 * cancelled between steps: its late result is then dropped and the previous review stays.
 */
export function useReview() {
  const { host, review, fingerprint, suggestedRole, counterpart, setReview, setDismissed, setActive } = useSession();
  const { locale, settings } = useUi();
  const { library } = useLibrary();
  const [phase, setPhase] = useState<ReviewPhase>('idle');
  const [error, setError] = useState<HostMessage | null>(null);
  const run = useRef(0);
  const working = useRef<RunningWork | null>(null);

  const start = useCallback(
    async (choice: ReviewChoice) => {
      const id = ++run.current;
      const current = () => id === run.current;
      setError(null);
      setPhase('reading');
      await nextFrame();
      const read = await readDraft(host);
      if (!current()) return;
      if (!read.ok) {
        setPhase('idle');
        return setError(read.error);
      }
      setPhase('checking');
      await nextFrame();
      if (!current()) return;
      // Without a chosen side (or one recorded in terms we built), take the one we know once the deal is
      // known: the side chosen for this document before, else the page's, else our usual side; worked out
      // here for every deal, as the worker takes data only.
      const keys = documentKeys(read.value);
      const remembered = rememberedSide(keys);
      const sides: Partial<Record<ScenarioId, RoleId>> = {};
      for (const scenario of SCENARIO_IDS) {
        const side = remembered?.scenario === scenario ? remembered.role : sideIn(scenario, suggestedRole, settings.usualSide);
        if (side) sides[scenario] = side;
      }
      // Reviewed in a worker, so a long draft never freezes the page; cancel ends the worker.
      const work = runWork({
        kind: 'review',
        doc: read.value,
        library: library ? reviewPart(library) : undefined,
        locale,
        scenario: choice.scenario ?? undefined,
        role: choice.role,
        sides,
        enabled: settings.enabledRules,
        companyName: settings.companyName,
        ...(counterpart ? { counterpart } : {}),
        ...(settings.established ? { established: settings.established } : {}),
      });
      working.current = work;
      // The page words the findings with the same messages as the worker: both have them, or the
      // user is told that part of the page did not load (a retry fetches them again).
      const [reply, worded] = await Promise.all([work.reply, loadLocale(locale).then(() => true, () => false)]);
      if (working.current === work) working.current = null;
      if (!current() || !reply) return;
      if (reply.kind !== 'review') {
        setPhase('idle');
        return setError({ key: reply.kind === 'unfetched' ? 'ui.review.notFetched' : 'ui.review.failed' });
      }
      if (!worded) {
        setPhase('idle');
        return setError({ key: 'ui.review.notFetched' });
      }
      const result = reply.result;
      if (choice.role && result.scenario && result.role === choice.role) rememberSide(keys.key, { scenario: result.scenario, role: choice.role });
      setDismissed(new Set(storedDismissals(keys)));
      setActive(null);
      setReview(result, keys.key);
      setPhase('idle');
    },
    [host, library, locale, suggestedRole, counterpart, settings.usualSide, settings.enabledRules, settings.companyName, settings.established, setReview, setDismissed, setActive],
  );

  const cancel = useCallback(() => {
    run.current++;
    working.current?.cancel();
    working.current = null;
    setPhase('idle');
  }, []);

  const remember = useCallback(
    (ids: ReadonlySet<string>) => {
      setDismissed(ids);
      if (fingerprint) writeStored(dismissalKey(fingerprint), [...ids]);
    },
    [fingerprint, setDismissed],
  );

  return { review, phase, error, start, cancel, remember };
}
