import { z } from 'zod';
import { SCENARIO_IDS, isRoleOf, type RoleId, type ScenarioId } from './scenarios';
import { disclosuresSchema } from './prepare/record';

/**
 * The deal questionnaire: the vocabulary the library (its schema and checks) and the builder share,
 * so it sits below both. Error messages are catalog keys (src/core/i18n/messages/build.ts) so a
 * non-lawyer reads what to do in their language; `describeAnswerIssues` turns them into text.
 */
export const FOREGROUND_MODELS = ['generating-party', 'by-field', 'one-party-licence-back', 'joint'] as const;
export const IMPROVEMENTS_MODELS = ['owner-of-improved', 'generating-party'] as const;
/** The China question: whether the territory includes China, and which parts of it. */
export const CHINA_INCLUDED = ['mainland', 'with-hk-macau', 'with-hk-macau-taiwan'] as const;
export const CHINA_SCOPES = ['not-included', ...CHINA_INCLUDED] as const;
export const REGIONS = ['eu', 'eea', 'asean', 'gcc', 'north-america'] as const;
export const MINIMUMS_MISSED = ['non-exclusive', 'terminate'] as const;
export const GOVERNING_LAWS = ['new-york', 'england', 'singapore', 'hong-kong', 'china', 'germany', 'switzerland', 'sweden'] as const;
/** Courts for each governing law offered, then the arbitral institutions. */
export const COURTS = ['new-york-courts', 'english-courts', 'singapore-courts', 'hong-kong-courts', 'china-courts', 'german-courts', 'swiss-courts', 'swedish-courts'] as const;
export const FORUMS = [...COURTS, 'siac', 'hkiac', 'cietac', 'shiac', 'icc', 'dis', 'viac', 'scc'] as const;
const SIDES = ['us', 'them'] as const;
/**
 * Deal facts a schedule prints (library.yaml `agreement.schedules`): the samples' specification and
 * test plan, a project plan, a price list, the licensed patents, a specification and its acceptance.
 * Each one left out prints as the library's bracketed blank for the parties to complete.
 */
export const SCHEDULE_FACTS = [
  'sampleSpecification',
  'sampleQuantity',
  'testPlan',
  'workPackages',
  'contributions',
  'milestones',
  'budget',
  'productList',
  'prices',
  'licensedPatents',
  'licensedKnowHow',
  'specification',
  'fees',
  'acceptanceCriteria',
] as const;
export type ScheduleFact = (typeof SCHEDULE_FACTS)[number];
/**
 * How hard the first draft pushes: balanced (market terms a counterparty can sign), firm (our
 * protective variant on every topic the playbook requires) or maximal (protective wherever one fits).
 */
export const POSTURES = ['balanced', 'firm', 'maximal'] as const;
/**
 * Product rules the goods fall under, each with its own conformity regime: batteries (in the EU, the
 * Battery Regulation 2023/1542), electrical and electronic equipment (CE marking under the low
 * voltage, EMC, radio and RoHS rules; WEEE), and medical devices (registration before sale).
 */
export const PRODUCT_REGIMES = ['batteries', 'electrical', 'medical-devices'] as const;
/**
 * When the goods sold carry a ban on re-export to Russia: 'listed-goods', where EU law requires it
 * (the goods are items Regulation 833/2014 art. 12g lists, sold by an EU seller to a buyer outside
 * the EU and its partner countries); 'always', as our own policy whenever we sell.
 */
export const RUSSIA_REEXPORT = ['listed-goods', 'always'] as const;
/** The languages an agreement is made in: English, Chinese, or both side by side. */
export const LANGUAGES = ['en', 'zh', 'bilingual'] as const;
/** Which text of a bilingual agreement governs: English, Chinese, or both equally (Civil Code art. 466). */
export const PREVAILING = ['en', 'zh', 'equal'] as const;

export type Posture = (typeof POSTURES)[number];

/** Names of places that belong to the China question, not to the country list. */
const CHINA_NAMES = /^(the\s+)?(people'?s republic of china|prc|china|mainland china|hong kong|macau|macao|taiwan|greater china)$/i;

/** Free text goes into clause text as written: one line, and nothing that looks like a placeholder. */
const text = (key: string, max = 400) =>
  z
    .string({ error: key })
    .trim()
    .min(2, { error: key })
    .max(max, { error: 'build.q.tooLong' })
    .refine((s) => !/[{}]/.test(s), { error: 'build.q.braces' })
    .transform((s) => s.replace(/\s+/g, ' '));

const party = z.strictObject({
  name: text('build.q.party.name', 200),
  shortName: z
    .string({ error: 'build.q.party.shortName' })
    .trim()
    .regex(/^[A-Z][A-Za-z0-9&.\- ]{1,29}$/, { error: 'build.q.party.shortName' }),
  jurisdiction: text('build.q.party.jurisdiction', 200),
  /** Signing facts; each one left out prints as a bracketed blank for counsel to complete. */
  address: text('build.q.party.address', 300).optional(),
  registration: text('build.q.party.registration', 100).optional(),
  signatory: text('build.q.party.signatory', 100).optional(),
  signatoryTitle: text('build.q.party.signatoryTitle', 100).optional(),
  email: z.email({ error: 'build.q.party.email' }).optional(),
  /** How the Chinese text names the party, where it says so otherwise: its Chinese legal name, place of incorporation and address. */
  zh: z
    .strictObject({
      name: text('build.q.party.name', 200).optional(),
      jurisdiction: text('build.q.party.jurisdiction', 200).optional(),
      address: text('build.q.party.address', 300).optional(),
    })
    .optional(),
});

const count = (key: string, min: number, max: number) =>
  z.int({ error: key }).min(min, { error: key }).max(max, { error: key });

const territory = z
  .strictObject({
    countries: z.array(
      z
        .string({ error: 'build.q.territory.country' })
        .trim()
        .min(2, { error: 'build.q.territory.country' })
        .refine((c) => !CHINA_NAMES.test(c), { error: 'build.q.territory.chinaInCountries' }),
    ),
    regions: z.array(z.enum(REGIONS, { error: 'build.q.territory.region' })),
    china: z.enum(CHINA_SCOPES, { error: 'build.q.territory.china' }),
  })
  .refine((t) => t.countries.length + t.regions.length > 0 || t.china !== 'not-included', {
    error: 'build.q.territory.empty',
  });

const exclusivity = z
  .strictObject({
    exclusive: z.boolean({ error: 'build.q.exclusivity.exclusive' }),
    customers: text('build.q.exclusivity.customers').optional(),
    months: count('build.q.exclusivity.months', 1, 120).optional(),
    minimumQuantity: count('build.q.exclusivity.minimum', 1, 100_000_000).optional(),
    minimumsMissed: z.enum(MINIMUMS_MISSED, { error: 'build.q.exclusivity.missed' }).optional(),
  })
  .superRefine((e, ctx) => {
    if (!e.exclusive) return;
    if (e.months === undefined) ctx.addIssue({ code: 'custom', path: ['months'], message: 'build.q.exclusivity.monthsNeeded' });
    if (e.minimumQuantity !== undefined && e.minimumsMissed === undefined)
      ctx.addIssue({ code: 'custom', path: ['minimumsMissed'], message: 'build.q.exclusivity.missedNeeded' });
  });

const questions = z.strictObject({
    scenario: z.enum(SCENARIO_IDS, { error: 'build.q.scenario' }),
    ourRole: z.string({ error: 'build.q.ourRole' }),
    parties: z.strictObject({ us: party, them: party }, { error: 'build.q.parties' }),
    purpose: text('build.q.purpose'),
    samples: text('build.q.samples'),
    field: text('build.q.field'),
    products: text('build.q.products'),
    territory,
    exclusivity,
    foregroundModel: z.enum(FOREGROUND_MODELS, { error: 'build.q.foregroundModel' }),
    /** Who owns the results under 'one-party-licence-back'. */
    resultsOwner: z.enum(SIDES, { error: 'build.q.resultsOwner' }).optional(),
    improvementsModel: z.enum(IMPROVEMENTS_MODELS, { error: 'build.q.improvementsModel' }),
    returnDays: count('build.q.returnDays', 1, 365),
    termMonths: count('build.q.termMonths', 1, 120),
    survivalYears: count('build.q.survivalYears', 1, 20),
    royaltyPercent: z.number({ error: 'build.q.royaltyPercent' }).gt(0, { error: 'build.q.royaltyPercent' }).max(50, { error: 'build.q.royaltyPercent' }).optional(),
    governingLaw: z.enum(GOVERNING_LAWS, { error: 'build.q.governingLaw' }),
    forum: z.enum(FORUMS, { error: 'build.q.forum' }),
    /** The amount, with its currency, that caps each party's liability ("EUR 250,000"). */
    liabilityCap: text('build.q.liabilityCap', 60).optional(),
    posture: z.enum(POSTURES, { error: 'build.q.posture' }).optional(),
    /** The language the agreement is made in (English when not given). */
    language: z.enum(LANGUAGES, { error: 'build.q.language' }).optional(),
    /** For a bilingual agreement: which text prevails. Asked, never assumed. */
    prevailingLanguage: z.enum(PREVAILING, { error: 'build.q.prevailingLanguage' }).optional(),
    /** The free-text answers as the Chinese text says them; the English answer stands in where one is not given. */
    zh: z
      .strictObject({
        purpose: text('build.q.purpose').optional(),
        samples: text('build.q.samples').optional(),
        field: text('build.q.field').optional(),
        products: text('build.q.products').optional(),
        liabilityCap: text('build.q.liabilityCap', 60).optional(),
      })
      .optional(),
    /** The samples or products are lithium cells or batteries, which ship as dangerous goods. */
    lithiumCells: z.boolean({ error: 'build.q.lithiumCells' }).optional(),
    /** The product rules the goods supplied fall under; none when left out. */
    productRegimes: z.array(z.enum(PRODUCT_REGIMES, { error: 'build.q.productRegimes' })).optional(),
    /** Whether the goods sold carry a ban on re-export to Russia (see RUSSIA_REEXPORT). */
    russiaReexport: z.enum(RUSSIA_REEXPORT, { error: 'build.q.russiaReexport' }).optional(),
    /** Information or samples already went to the other side before these terms were signed. */
    priorDisclosure: z.boolean({ error: 'build.q.priorDisclosure' }).optional(),
    /** The disclosure record, printed as the agreement's schedule (see prepare/record.ts). */
    disclosures: disclosuresSchema.optional(),
    /** What the schedules say, fact by fact; a list is one line, its items separated by semicolons. */
    particulars: z.partialRecord(z.enum(SCHEDULE_FACTS, { error: 'build.q.particulars.unknown' }), text('build.q.particulars', 2000).optional()).optional(),
});

export const questionnaireSchema = questions.superRefine((a, ctx) => {
    if (!isRoleOf(a.scenario, a.ourRole)) ctx.addIssue({ code: 'custom', path: ['ourRole'], message: 'build.q.ourRoleOf' });
    if (a.parties.us.shortName === a.parties.them.shortName)
      ctx.addIssue({ code: 'custom', path: ['parties', 'them', 'shortName'], message: 'build.q.party.sameShortName' });
    if (a.foregroundModel === 'one-party-licence-back' && a.resultsOwner === undefined)
      ctx.addIssue({ code: 'custom', path: ['resultsOwner'], message: 'build.q.resultsOwnerNeeded' });
    if (a.language === 'bilingual' && a.prevailingLanguage === undefined)
      ctx.addIssue({ code: 'custom', path: ['prevailingLanguage'], message: 'build.q.prevailingLanguageNeeded' });
  });

export type Answers = Omit<z.infer<typeof questionnaireSchema>, 'scenario' | 'ourRole'> & {
  scenario: ScenarioId;
  ourRole: RoleId;
};

/** Scenario presets hold every answer except the scenario, which the file itself names. */
export const presetSchema = questions.omit({ scenario: true });

/**
 * The answers a clause variant may select on (`applies.answers` in a clause file), flattened to
 * string values so the library can be checked without knowing the questionnaire's shape.
 */
export const SELECTORS = {
  foregroundModel: FOREGROUND_MODELS,
  resultsOwner: ['A', 'B'],
  improvementsModel: IMPROVEMENTS_MODELS,
  exclusive: ['yes', 'no'],
  /** 'yes' when the exclusivity covers only the customers the answers name. */
  customersLimited: ['yes', 'no'],
  minimums: ['yes', 'no'],
  minimumsMissed: MINIMUMS_MISSED,
  china: CHINA_SCOPES,
  governingLaw: GOVERNING_LAWS,
  forum: FORUMS,
  royalty: ['yes', 'no'],
  lithiumCells: ['yes', 'no'],
  /** 'yes' when the goods fall under any product rules; then one selector per regime. */
  regulatedGoods: ['yes', 'no'],
  batteries: ['yes', 'no'],
  electrical: ['yes', 'no'],
  medicalDevices: ['yes', 'no'],
  /** 'yes' when the territory includes the EU or the EEA, or a country in the EU. */
  euMarket: ['yes', 'no'],
  /** 'yes' when the buyer must be barred from re-exporting the goods to Russia (see RUSSIA_REEXPORT). */
  noRussia: ['yes', 'no'],
  /** 'yes' when the sharing side is established in China and the other side is not. */
  chinaOutbound: ['yes', 'no'],
  /** 'yes' when something was disclosed or shipped before the agreement (the readiness check asks). */
  priorDisclosure: ['yes', 'no'],
  /** 'yes' when the terms carry a disclosure record as their schedule. */
  disclosureRecord: ['yes', 'no'],
  language: LANGUAGES,
  /** For a bilingual agreement, the text that prevails; '' otherwise. */
  prevailingLanguage: PREVAILING,
} as const satisfies Record<string, readonly string[]>;

export type SelectorName = keyof typeof SELECTORS;

/** The questions a user answers for a deal, each of which can change the built text. */
export const QUESTIONS = [
  'purpose',
  'samples',
  'field',
  'products',
  'territory',
  'exclusivity',
  'foregroundModel',
  'improvementsModel',
  'returnDays',
  'termMonths',
  'survivalYears',
  'royaltyPercent',
  'governingLaw',
  'forum',
  'liabilityCap',
  'lithiumCells',
  'productRegimes',
  'russiaReexport',
  'posture',
] as const satisfies readonly (keyof Answers)[];

export type Question = (typeof QUESTIONS)[number];

/**
 * Questions whose answer no clause of the deal uses, so a questionnaire should not ask them
 * (a licence has its own improvements clause; a disclosure agreement ships no goods).
 */
const NOT_ASKED: Record<ScenarioId, { all: readonly Question[]; roles?: Partial<Record<RoleId, readonly Question[]>> }> = {
  // Goods change hands in these three: the seller alone chooses a re-export ban as its policy.
  'sample-testing': { all: ['exclusivity', 'foregroundModel', 'royaltyPercent'], roles: { evaluator: ['russiaReexport'] } },
  'joint-development': { all: ['exclusivity', 'royaltyPercent', 'productRegimes', 'russiaReexport'] },
  'exclusive-partnership': { all: ['purpose', 'samples', 'foregroundModel', 'royaltyPercent'], roles: { distributor: ['improvementsModel', 'returnDays', 'russiaReexport'] } },
  'technology-license': { all: ['purpose', 'samples', 'foregroundModel', 'improvementsModel', 'productRegimes', 'russiaReexport'], roles: { licensee: ['returnDays'] } },
  'custom-development': { all: ['samples', 'products', 'exclusivity', 'royaltyPercent'], roles: { customer: ['russiaReexport'] } },
  'pre-deal-disclosure': { all: ['samples', 'exclusivity', 'foregroundModel', 'improvementsModel', 'royaltyPercent', 'lithiumCells', 'productRegimes', 'russiaReexport'] },
};

/** The deals in which goods go from the first party to the second: samples, distributed products, developed products. */
export const GOODS_SCENARIOS: readonly ScenarioId[] = ['sample-testing', 'exclusive-partnership', 'custom-development'];

/** The questions worth asking for our side of a deal: each one changes the agreement built. */
export function questionsFor(scenario: ScenarioId, role: RoleId): Question[] {
  const skip = new Set([...NOT_ASKED[scenario].all, ...(NOT_ASKED[scenario].roles?.[role] ?? [])]);
  return QUESTIONS.filter((q) => !skip.has(q));
}
