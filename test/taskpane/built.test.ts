import { presetAnswers } from '../../src/core/agreement';
import { build } from '../../src/taskpane/agreement/built';
import { realLibrary } from '../core/agreement/real-library';

describe('the Build pane', () => {
  const library = realLibrary();

  it('builds the preset deal', () => {
    const built = build(library, presetAnswers(library, 'exclusive-partnership'), {});
    expect(built.ok).toBe(true);
  });

  it('refuses, with the plan that says why, when a topic the deal requires has no clause', () => {
    const withoutTerritory = { ...library, clauses: library.clauses.filter((c) => c.topic !== 'territory') };
    const built = build(withoutTerritory, presetAnswers(library, 'exclusive-partnership'), {});
    // The exclusivity clause needs a territory clause to stand on, so it goes too.
    expect(built).toMatchObject({ ok: false, refused: { uncovered: ['exclusivity', 'territory'] } });
  });
});
