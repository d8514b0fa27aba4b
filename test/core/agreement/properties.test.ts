import fc from 'fast-check';
import {
  CHINA_SCOPES,
  FOREGROUND_MODELS,
  FORUMS,
  GOVERNING_LAWS,
  IMPROVEMENTS_MODELS,
  MINIMUMS_MISSED,
  REGIONS,
  plan,
  render,
  resolveAnswers,
  type Answers,
} from '../../../src/core/agreement';
import { termMatcher } from '../../../src/core/library';
import { SCENARIO_IDS, SCENARIO_ROLES } from '../../../src/core/scenarios';
import { realLibrary } from './real-library';

const library = realLibrary();

const COMPANIES = [
  { name: 'Voltcell Energy Technology Co., Ltd.', shortName: 'Voltcell', jurisdiction: "the People's Republic of China" },
  { name: 'Nordhavn Storage Systems GmbH', shortName: 'Nordhavn', jurisdiction: 'Germany' },
  { name: 'Meridian Grid Technologies Inc.', shortName: 'Meridian', jurisdiction: 'the State of Delaware, United States' },
  { name: 'Lumen Diagnostics Pte. Ltd.', shortName: 'Lumen', jurisdiction: 'Singapore' },
  { name: 'Harwick Mobility Ltd', shortName: 'Harwick', jurisdiction: 'England and Wales' },
  { name: 'Andes Solar Distribución S.A.', shortName: 'Andes Solar', jurisdiction: 'Chile' },
];

const sub = <T>(items: readonly T[]) => fc.subarray([...items]);

/** Questionnaires as a user could fill them in: every combination the schema accepts. */
const questionnaire = fc
  .record({
    scenario: fc.constantFrom(...SCENARIO_IDS),
    roleIndex: fc.constantFrom(0, 1),
    pair: fc.uniqueArray(fc.constantFrom(...COMPANIES), { minLength: 2, maxLength: 2, selector: (c) => c.shortName }),
    purpose: fc.constantFrom('evaluating the Samples for use in battery modules', 'assessing a possible supply agreement for inverter boards'),
    samples: fc.constantFrom('twenty prototype battery cells, model VC-280', 'engineering samples of the HX-9 controller board'),
    field: fc.constantFrom('stationary energy storage systems', 'light electric vehicles'),
    products: fc.constantFrom('lithium iron phosphate battery cells', 'bidirectional inverters for residential storage'),
    countries: sub(['Chile', 'Germany', 'Japan', 'United States', 'Brazil']),
    regions: sub(REGIONS),
    china: fc.constantFrom(...CHINA_SCOPES),
    exclusive: fc.boolean(),
    months: fc.integer({ min: 1, max: 120 }),
    minimum: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
    missed: fc.constantFrom(...MINIMUMS_MISSED),
    customers: fc.option(fc.constant('installers of commercial rooftop systems'), { nil: undefined }),
    foregroundModel: fc.constantFrom(...FOREGROUND_MODELS),
    resultsOwner: fc.constantFrom('us' as const, 'them' as const),
    improvementsModel: fc.constantFrom(...IMPROVEMENTS_MODELS),
    returnDays: fc.integer({ min: 1, max: 365 }),
    termMonths: fc.integer({ min: 1, max: 120 }),
    survivalYears: fc.integer({ min: 1, max: 20 }),
    royaltyPercent: fc.option(fc.constantFrom(0.5, 3, 4.25, 12), { nil: undefined }),
    governingLaw: fc.constantFrom(...GOVERNING_LAWS),
    forum: fc.constantFrom(...FORUMS),
  })
  .filter((q) => q.countries.length + q.regions.length > 0 || q.china !== 'not-included')
  .map((q) => ({
    scenario: q.scenario,
    ourRole: SCENARIO_ROLES[q.scenario][q.roleIndex],
    parties: { us: q.pair[0], them: q.pair[1] },
    purpose: q.purpose,
    samples: q.samples,
    field: q.field,
    products: q.products,
    territory: { countries: q.countries, regions: q.regions, china: q.china },
    exclusivity: q.exclusive
      ? { exclusive: true, months: q.months, ...(q.customers && { customers: q.customers }), ...(q.minimum && { minimumQuantity: q.minimum, minimumsMissed: q.missed }) }
      : { exclusive: false },
    foregroundModel: q.foregroundModel,
    ...(q.foregroundModel === 'one-party-licence-back' && { resultsOwner: q.resultsOwner }),
    improvementsModel: q.improvementsModel,
    returnDays: q.returnDays,
    termMonths: q.termMonths,
    survivalYears: q.survivalYears,
    ...(q.royaltyPercent !== undefined && { royaltyPercent: q.royaltyPercent }),
    governingLaw: q.governingLaw,
    forum: q.forum,
  }));

function answersOf(input: unknown): Answers {
  const result = resolveAnswers(library, input);
  if (!result.ok) throw new Error(`generated answers rejected: ${JSON.stringify(result.issues)}`);
  return result.answers;
}

const terms = termMatcher(library.definitions.map((d) => d.term));

describe('any questionnaire a user can fill in', () => {
  it('builds terms with every placeholder filled, every used term defined, every defined term used and every requirement met', () => {
    fc.assert(
      fc.property(questionnaire, (input) => {
        const answers = answersOf(input);
        const chosen = plan(library, answers);
        const planned = new Set(chosen.clauses.map((c) => c.clause.id));
        for (const { clause, variant } of chosen.clauses) {
          for (const r of variant.requires ?? []) expect([clause.id, r, planned.has(r)]).toEqual([clause.id, r, true]);
          for (const x of variant.excludes ?? []) expect([clause.id, x, planned.has(x)]).toEqual([clause.id, x, false]);
        }

        const built = render(library, chosen, answers);
        const [definitionsClause, ...clauses] = built.clauses;
        const strings = [built.title, ...built.preamble, ...(built.recitals?.paragraphs.map((p) => p.text) ?? []), ...built.clauses.flatMap((c) => [c.title, ...c.paragraphs.map((p) => p.text)])];
        for (const s of strings) expect(s).not.toMatch(/\{\{|\}\}/);
        expect(built.clauses.map((c) => c.number)).toEqual(built.clauses.map((_, i) => String(i + 1)));

        // Used: in a clause, or in the definition of another used term. Defined: exactly those.
        const defined = built.definitions.map((d) => d.term);
        const recitals = built.recitals?.paragraphs.map((p) => p.text) ?? [];
        const used = new Set([...clauses.flatMap((c) => c.paragraphs.flatMap((p) => terms.used(p.text))), ...recitals.flatMap((r) => terms.used(r))]);
        for (const d of built.definitions) for (const t of terms.used(d.text)) if (t !== d.term) used.add(t);
        expect(defined).toEqual([...used].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(definitionsClause?.paragraphs.slice(0, defined.length).map((p) => p.text.split('"')[1])).toEqual(defined);
      }),
      { numRuns: 300 },
    );
  });
});
