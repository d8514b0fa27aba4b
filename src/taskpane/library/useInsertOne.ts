import { useCallback, useState } from 'react';
import type { ScenarioId } from '../../core/scenarios';
import { useLibrary } from '../shared/LibraryContext';
import { useSession } from '../shared/SessionContext';
import { useUi } from '../shared/UiContext';
import { outcome, type ActionMessage } from '../shared/ActionMessage';
import { renderOne } from '../shared/renderClause';

/**
 * Inserting one library clause at the cursor, in Word: filled for the kind of deal chosen in the
 * filter (or the review's), with the parties from the document's opening, tagged as ours.
 */
export function useInsertOne(filterScenario: ScenarioId | null) {
  const { surface, settings } = useUi();
  const { host, review } = useSession();
  const { library } = useLibrary();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const caps = host.capabilities();
  const available = surface === 'word' && caps.insert && caps.apiSets['1.3'] && library !== null;

  const insert = useCallback(
    async (clauseId: string, variantId: string) => {
      if (!library) return;
      setBusy(true);
      setMessage(null);
      try {
        const read = await host.readDocument();
        const one = renderOne(library, {
          scenario: filterScenario ?? review?.scenario ?? null,
          role: review?.role,
          side: settings.usualSide,
          doc: read.ok ? read.value : undefined,
          clauseId,
          variantId,
          companyName: settings.companyName,
        });
        if (!one) return setMessage({ intent: 'error', key: 'ui.library.cannotFill' });
        // Only the clause: no title, preamble or definitions of the agreement it would sit in.
        const result = await host.insertClauses({ ...one.terms, title: '', preamble: [], definitions: [], clauses: [one.clause] }, 'cursor');
        setMessage(outcome(result, () => ({ intent: 'success', key: 'ui.library.inserted' })));
      } finally {
        setBusy(false);
      }
    },
    [library, host, review, filterScenario, settings.usualSide, settings.companyName],
  );

  return { available, insert, busy, message };
}
