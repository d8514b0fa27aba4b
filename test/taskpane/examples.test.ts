import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseLibrary, type Library } from '../../src/core/library';
import { presetAnswers, resolveAnswers, type Answers } from '../../src/core/agreement';
import { SCENARIO_IDS } from '../../src/core/scenarios';
import { askedTexts, freshAnswers, withoutExamples, exampleAt } from '../../src/taskpane/agreement/examples';
import { getAt, setAt } from '../../src/taskpane/agreement/draft';

const root = path.resolve(__dirname, '../../clause-library');
function builtin(): Library {
  const files = [
    'library.yaml',
    'definitions.yaml',
    'glossary.yaml',
    ...readdirSync(path.join(root, 'scenarios')).map((f) => `scenarios/${f}`),
    ...readdirSync(path.join(root, 'clauses')).map((f) => `clauses/${f}`),
  ].map((p) => ({ path: p, data: parse(readFileSync(path.join(root, p), 'utf8')) }));
  const parsed = parseLibrary(files);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return parsed.library;
}

describe('the example deal of a scenario never reaches real terms', () => {
  const library = builtin();

  it.each(SCENARIO_IDS)('%s: the example parties and the facts of the example deal are blanked and only offered as placeholders', (scenario) => {
    const preset = presetAnswers(library, scenario);
    const fresh = freshAnswers(preset);
    expect(fresh.parties.them).toEqual({ name: '', shortName: '', jurisdiction: '' });
    expect(fresh.parties.us.name).toBe('');
    // The example deal in Chinese goes with it: its companies' Chinese names and its facts.
    expect(preset.parties.us.zh?.name).toBeTruthy();
    expect(fresh.parties.us.zh).toBeUndefined();
    expect(fresh.zh).toBeUndefined();
    // The facts of the example deal are asked for, not assumed; what is not asked keeps the preset, which the builder needs.
    for (const path of askedTexts(scenario)) expect(getAt(fresh, path)).toBe('');
    // So are the example goods: the switches for lithium cells and product rules start unanswered.
    expect(fresh.lithiumCells).toBeUndefined();
    expect(fresh.productRegimes).toBeUndefined();
    const notAsked = ['samples', 'products'].filter((p) => !askedTexts(scenario).includes(p));
    for (const path of notAsked) expect(getAt(fresh, path)).toBe(getAt(preset, path));
    expect(exampleAt(preset, 'parties.them.name')).toBe(preset.parties.them.name);
    // The builder refuses to build until the user names the other side.
    const result = resolveAnswers(library, fresh);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.field)).toContain('parties.them.name');
    // Once the questions shown are answered, the terms build: nothing the view does not ask is left blank.
    let answered = setAt(fresh, 'parties', {
      us: { name: 'Ganzhou Ridge Lithium Technology Co., Ltd.', shortName: 'Ridge', jurisdiction: "the People's Republic of China" },
      them: { name: 'Volta Cells Ibérica S.L.', shortName: 'Volta', jurisdiction: 'Spain' },
    });
    for (const path of askedTexts(scenario)) answered = setAt(answered, path, 'lithium iron phosphate battery modules for stationary storage');
    expect(resolveAnswers(library, answered).ok).toBe(true);
  });

  it('starts a battery deal from the example with its goods unanswered, though the example sends lithium cells', () => {
    const preset = presetAnswers(library, 'sample-testing');
    expect(preset.lithiumCells).toBe(true);
    expect(preset.productRegimes).toEqual(['batteries']);
    const fresh = freshAnswers(preset);
    expect('lithiumCells' in fresh).toBe(false);
    expect('productRegimes' in fresh).toBe(false);
  });

  it('keeps what the user typed, and cleans a draft an older version saved with the example company', () => {
    const preset = presetAnswers(library, 'joint-development');
    let typed: Answers = setAt(preset, 'parties.them', { name: 'Aurelia Grid Storage GmbH', shortName: 'Aurelia', jurisdiction: 'Germany' });
    typed = setAt(typed, 'purpose', 'jointly developing a liquid-cooled storage container');
    expect(withoutExamples(typed, preset).parties.them.name).toBe('Aurelia Grid Storage GmbH');
    expect(withoutExamples(typed, preset).purpose).toBe('jointly developing a liquid-cooled storage container');
    // A saved draft that names the example company loses it; a jurisdiction that happens to match the example stays.
    const old = withoutExamples(setAt(preset, 'parties.them.jurisdiction', 'the State of Delaware, United States'), preset);
    expect(preset.parties.them.name).toBe('Meridian Grid Technologies Inc.');
    // Only a company is the example's: the place, in either language, may be the user's too.
    expect(old.parties.them).toEqual({ name: '', shortName: '', jurisdiction: 'the State of Delaware, United States', zh: { jurisdiction: '美国特拉华州' } });
  });

  it('a text that mentions an example company is blanked even when the parties came from elsewhere', () => {
    const preset = presetAnswers(library, 'sample-testing');
    expect(preset.purpose).toContain('Nordhavn');
    expect(freshAnswers(preset).purpose).toBe('');
    expect(withoutExamples(preset, preset).purpose).toBe('');
  });
});
