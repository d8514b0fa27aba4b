import type { Answers } from '../../core/agreement';
import type { ScenarioId } from '../../core/scenarios';
import { getAt, setAt } from './draft';

const PARTY_FIELDS = ['name', 'shortName', 'jurisdiction'] as const;
/** A saved draft may share a jurisdiction with the example ("Germany"); only a company is the example's. */
const COMPANY_FIELDS = ['name', 'shortName'] as const;

/**
 * The free-text answers the Questionnaire asks for a kind of deal; they go into clause text as
 * written. The others keep the preset's words, which the builder needs but the deal does not use.
 */
export function askedTexts(scenario: ScenarioId): string[] {
  return [
    'purpose',
    ...(scenario === 'sample-testing' || scenario === 'pre-deal-disclosure' || scenario === 'joint-development' ? ['samples'] : []),
    'field',
    ...(scenario === 'exclusive-partnership' || scenario === 'technology-license' || scenario === 'custom-development' ? ['products'] : []),
  ];
}

/**
 * A scenario preset is an example deal between invented companies. Its parties and the facts of
 * its deal ("twenty prototype cells, model VC-280") must never reach real terms: a new deal starts
 * with them blank, so the builder refuses to build until the user gives their own, and the
 * Questionnaire shows the preset's words only as placeholder text.
 */
export function freshAnswers(preset: Answers): Answers {
  // What the example's goods are (lithium cells, product rules) is a fact of its deal too: a switch
  // left on from the example would put battery rules into a deal about sensors.
  const { lithiumCells: _cells, productRegimes: _regimes, ...rest } = preset;
  let out: Answers = rest;
  for (const side of ['us', 'them'] as const) for (const field of PARTY_FIELDS) out = setAt(out, `parties.${side}.${field}`, '');
  for (const path of askedTexts(preset.scenario)) out = setAt(out, path, '');
  return withoutChinese(out);
}

/** The example deal's Chinese wording (its parties' Chinese names, its facts in Chinese) goes with it. */
function withoutChinese(answers: Answers): Answers {
  const { zh: _facts, ...rest } = answers;
  const party = (p: Answers['parties']['us']) => {
    const { zh: _name, ...kept } = p;
    return kept;
  };
  return { ...rest, parties: { us: party(answers.parties.us), them: party(answers.parties.them) } };
}

/** A draft saved by an older version may still hold the example company, or text naming it: they go. */
export function withoutExamples(answers: Answers, preset: Answers): Answers {
  const names = [preset.parties.us, preset.parties.them]
    .flatMap((p) => [p.name, p.shortName])
    .filter((n) => n.trim().length > 1)
    .map((n) => n.toLowerCase());
  let out = answers;
  for (const side of ['us', 'them'] as const)
    for (const field of COMPANY_FIELDS) {
      const path = `parties.${side}.${field}`;
      if (getAt(out, path) === getAt(preset, path)) out = setAt(out, path, '');
    }
  for (const path of askedTexts(preset.scenario)) {
    const value = getAt(out, path);
    if (typeof value === 'string' && names.some((n) => value.toLowerCase().includes(n))) out = setAt(out, path, '');
    if (getAt(out, `zh.${path}`) !== undefined && getAt(out, `zh.${path}`) === getAt(preset, `zh.${path}`)) out = setAt(out, `zh.${path}`, undefined);
  }
  for (const side of ['us', 'them'] as const)
    if (getAt(out, `parties.${side}.zh.name`) !== undefined && getAt(out, `parties.${side}.zh.name`) === getAt(preset, `parties.${side}.zh.name`)) out = setAt(out, `parties.${side}.zh.name`, undefined);
  return out;
}

/** The preset's answer at a path, shown as "e.g. …" in an empty field. */
export function exampleAt(preset: Answers | null, path: string): string | undefined {
  const value = getAt(preset, path);
  return typeof value === 'string' && value !== '' ? value : undefined;
}
