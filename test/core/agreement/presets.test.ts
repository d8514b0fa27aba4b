import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { plan, refusal, presetAnswers, render, toText } from '../../../src/core/agreement';
import { SCENARIO_IDS } from '../../../src/core/scenarios';
import { realLibrary } from './real-library';

// Golden terms per preset, built from the real library. After a library change, regenerate with
// UPDATE_GOLDEN=1 npx jest test/core/agreement/presets, then read the diff before committing it.
const GOLDEN = path.resolve(__dirname, '../../fixtures/agreement');
const update = process.env.UPDATE_GOLDEN === '1';

describe('every scenario preset', () => {
  const library = realLibrary();

  it.each(SCENARIO_IDS)('%s builds, covers its playbook and matches its golden text', (scenario) => {
    const answers = presetAnswers(library, scenario);
    const chosen = plan(library, answers);
    // A preset is what a user gets with no answers of their own: it must cover every required topic.
    expect(refusal(chosen)).toBeUndefined();
    const text = toText(render(library, chosen, answers));
    const file = path.join(GOLDEN, `${scenario}.txt`);
    if (update) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});

describe('exclusivity limited to customers', () => {
  const library = realLibrary();
  const variantOf = (answers: ReturnType<typeof presetAnswers>) =>
    plan(library, answers).clauses.find((c) => c.clause.id === 'exclusivity')?.variant.id;

  it('states the customers when the answers name them, and covers all customers when they do not', () => {
    const preset = presetAnswers(library, 'exclusive-partnership');
    expect(preset.exclusivity.exclusive && preset.exclusivity.customers).toBeTruthy();
    expect(variantOf(preset)).toBe('named-customers-balanced');
    expect(variantOf({ ...preset, posture: 'maximal' })).toBe('named-customers');
    const { customers: _dropped, ...allCustomers } = preset.exclusivity as typeof preset.exclusivity & { customers?: string };
    expect(variantOf({ ...preset, exclusivity: allCustomers })).toBe('balanced');
    expect(variantOf({ ...preset, exclusivity: allCustomers, posture: 'maximal' })).toBe('supplier-protective');
  });
});
