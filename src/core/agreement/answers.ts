import { t, type Locale, type MessageKey, type MessageParams } from '../i18n';
import { SCENARIO_IDS, isScenarioId, rolesOf, type RoleId, type ScenarioId } from '../scenarios';
import { isChinese, isEuMember, isEuPartner } from './places';
import type { Library } from '../library';
import { scenarioById } from '../library';
import { issueMessage, pathText } from '../library/zod-issues';
import { GOODS_SCENARIOS, questionnaireSchema, type Answers, type SelectorName } from '../questionnaire';

/** A problem with the answers, at the question it concerns ("parties.us.shortName"). */
export interface AnswerIssue {
  field: string;
  key: MessageKey;
  params?: MessageParams;
}

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; issues: AnswerIssue[] };

export function describeAnswerIssue(issue: AnswerIssue, locale: Locale = 'en'): string {
  const message = t(locale, issue.key, issue.params);
  return issue.field ? `${issue.field}: ${message}` : message;
}

/**
 * The preset answers of a scenario, as its scenario file gives them. Asked for the other side,
 * it is the same deal seen from there: the parties trade places and a results owner named
 * relative to us follows the company, so the facts still fit (the supplier still supplies).
 */
export function presetAnswers(library: Library, scenario: ScenarioId, role?: RoleId): Answers {
  const preset = scenarioById(library, scenario);
  if (!preset) throw new Error(`The library has no scenario "${scenario}".`);
  const answers = { ...(JSON.parse(JSON.stringify(preset.defaults)) as object), scenario } as Answers;
  if (role === undefined || role === answers.ourRole) return answers;
  const { us, them } = answers.parties;
  const owner = answers.resultsOwner === undefined ? {} : { resultsOwner: answers.resultsOwner === 'us' ? ('them' as const) : ('us' as const) };
  return { ...answers, ...owner, ourRole: role, parties: { us: them, them: us } };
}

/**
 * Validates answers given for a deal (for example a JSON file). Only `scenario` is needed: every
 * answer left out is taken from that scenario's preset. A given answer replaces the preset's
 * whole (a party, the territory, the exclusivity terms), so no preset detail leaks into a deal.
 */
export function resolveAnswers(library: Library, input: unknown): AnswersResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, issues: [{ field: '', key: 'build.answers.notObject' }] };
  const given = input as Record<string, unknown>;
  if (typeof given.scenario !== 'string' || !isScenarioId(given.scenario))
    return { ok: false, issues: [{ field: 'scenario', key: 'build.q.scenario', params: { values: SCENARIO_IDS.join(', '), value: String(given.scenario ?? '') } }] };
  const preset = presetAnswers(library, given.scenario);
  const merged: Record<string, unknown> = {
    ...preset,
    ...given,
    parties: isPlainObject(given.parties) ? { ...preset.parties, ...given.parties } : (given.parties ?? preset.parties),
  };
  // null answers "none" to an optional question, so a preset's royalty does not leak into a royalty-free licence.
  for (const [key, value] of Object.entries(given)) if (value === null) delete merged[key];
  // The preset's Chinese wording of an answer the file gives itself would put the example deal into the Chinese text.
  if (!isPlainObject(given.zh) && preset.zh) {
    const kept = Object.fromEntries(Object.entries(preset.zh).filter(([key]) => !(key in given)));
    if (Object.keys(kept).length > 0) merged.zh = kept;
    else delete merged.zh;
  }
  const result = questionnaireSchema.safeParse(merged, { reportInput: true });
  if (result.success) return { ok: true, answers: result.data as Answers };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ field: pathText(issue.path), ...issueMessage(issue) })),
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "A" when our role is the side that shares (the scenario's first role), else "B". */
export function ourSide(answers: Answers): 'A' | 'B' {
  return rolesOf(answers.scenario)[0] === answers.ourRole ? 'A' : 'B';
}

export function roleOfSide(answers: Answers, side: 'A' | 'B'): RoleId {
  const [a, b] = rolesOf(answers.scenario);
  return (side === 'A' ? a : b) as RoleId;
}

/** The answers flattened to the values `applies.answers` in a clause file selects on. */
export function selectorsOf(answers: Answers): Record<SelectorName, string> {
  const us = ourSide(answers);
  const them = us === 'A' ? 'B' : 'A';
  const ex = answers.exclusivity;
  return {
    foregroundModel: answers.foregroundModel,
    resultsOwner: answers.resultsOwner === undefined ? '' : answers.resultsOwner === 'us' ? us : them,
    improvementsModel: answers.improvementsModel,
    exclusive: ex.exclusive ? 'yes' : 'no',
    customersLimited: ex.exclusive && ex.customers ? 'yes' : 'no',
    minimums: ex.exclusive && ex.minimumQuantity !== undefined ? 'yes' : 'no',
    minimumsMissed: ex.exclusive ? (ex.minimumsMissed ?? '') : '',
    china: answers.territory.china,
    governingLaw: answers.governingLaw,
    forum: answers.forum,
    royalty: answers.royaltyPercent === undefined ? 'no' : 'yes',
    lithiumCells: answers.lithiumCells ? 'yes' : 'no',
    regulatedGoods: (answers.productRegimes?.length ?? 0) > 0 ? 'yes' : 'no',
    batteries: answers.productRegimes?.includes('batteries') ? 'yes' : 'no',
    electrical: answers.productRegimes?.includes('electrical') ? 'yes' : 'no',
    medicalDevices: answers.productRegimes?.includes('medical-devices') ? 'yes' : 'no',
    euMarket: euMarket(answers) ? 'yes' : 'no',
    noRussia: noRussia(answers) ? 'yes' : 'no',
    chinaOutbound: chinaOutbound(answers) ? 'yes' : 'no',
    priorDisclosure: answers.priorDisclosure ? 'yes' : 'no',
    disclosureRecord: (answers.disclosures?.length ?? 0) > 0 ? 'yes' : 'no',
    language: answers.language ?? 'en',
    prevailingLanguage: answers.language === 'bilingual' ? (answers.prevailingLanguage ?? '') : '',
  };
}

/** The side sharing technology is established in China and the other side is not: PRC export rules apply. */
export function chinaOutbound(answers: Answers): boolean {
  const [a, b] = ourSide(answers) === 'A' ? [answers.parties.us, answers.parties.them] : [answers.parties.them, answers.parties.us];
  return isChinese(a.jurisdiction) && !isChinese(b.jurisdiction);
}

/** The goods go onto the EU market: the territory names the EU, the EEA or a member state. */
export function euMarket(answers: Answers): boolean {
  const t = answers.territory;
  return t.regions.some((r) => r === 'eu' || r === 'eea') || t.countries.some(isEuMember);
}

/**
 * Regulation 833/2014 art. 12g binds the seller: it reaches a seller established in the EU that sells
 * to a buyer outside the EU and outside the partner countries of Annex VIII. The seller is the first
 * party in every deal where goods change hands.
 */
export function euSellerOutside(answers: Answers): boolean {
  if (!GOODS_SCENARIOS.includes(answers.scenario)) return false;
  const [seller, buyer] = ourSide(answers) === 'A' ? [answers.parties.us, answers.parties.them] : [answers.parties.them, answers.parties.us];
  return isEuMember(seller.jurisdiction) && !isEuMember(buyer.jurisdiction) && !isEuPartner(buyer.jurisdiction);
}

/** The buyer is barred from re-exporting the goods to Russia: the law requires it, or we sell and choose it. */
export function noRussia(answers: Answers): boolean {
  if (!GOODS_SCENARIOS.includes(answers.scenario)) return false;
  if (answers.russiaReexport === 'always') return ourSide(answers) === 'A';
  return answers.russiaReexport === 'listed-goods' && euSellerOutside(answers);
}
