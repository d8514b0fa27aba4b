import { presetAnswers, plan, render } from '../../../src/core/agreement';
import { SCENARIO_IDS } from '../../../src/core/scenarios';
import { loadLibraryDir } from '../../../src/cli/library-files';
import { libraryRenderer } from '../../../src/host/common/render';
import { createWordHost } from '../../../src/host/word';
import { FakeWord } from '../../support/fakeWord';
import { DRAFT } from '../fixtures';

// The builder's real output, through Word and back: what we insert must read as unchanged.
const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in clause library does not load');
const library = loaded.library;

describe.each(SCENARIO_IDS)('terms built for %s', (scenario) => {
  it('go in as tagged clauses and check as unchanged against the library', async () => {
    const answers = presetAnswers(library, scenario);
    const terms = render(library, plan(library, answers), answers);
    const word = new FakeWord(DRAFT);
    const host = createWordHost(word.api, 'en');
    expect((await host.insertClauses(terms, 'end')).ok).toBe(true);
    const drift = await host.checkDrift(libraryRenderer(library));
    if (!drift.ok) throw new Error('drift failed');
    expect(drift.value.map((d) => [d.clauseId, d.status])).toEqual(terms.clauses.map((c) => [c.clauseId, 'unchanged']));

    const subClause = word.doc.paragraphs.find((p) => /^\d+\.\d+\t/.test(p.text) && !p.text.startsWith('1.'))!;
    subClause.text = subClause.text.replace(/\S+$/, 'notwithstanding.');
    const after = await host.checkDrift(libraryRenderer(library));
    expect(after.ok && after.value.filter((d) => d.status === 'edited')).toHaveLength(1);
  });
});
