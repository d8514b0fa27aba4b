import { ourSide, presetAnswers } from '../agreement/answers';
import type { Library } from '../library';
import type { Answers } from '../questionnaire';
import type { DisclosureItem } from './record';
import type { Readiness } from './readiness';

/** What the Prepare view knows about a deal that the built terms use. */
export interface DealFacts {
  readiness: Readiness;
  disclosures: readonly DisclosureItem[];
}

/**
 * The answers with the deal's facts: whether anything went out before signing, and the disclosure
 * record as the schedule. Only when we are the side that shares: the record is of what we sent.
 */
export function withDealFacts(answers: Answers, facts: DealFacts): Answers {
  if (ourSide(answers) !== 'A') return answers;
  const priorDisclosure = facts.readiness.sent.length > 0;
  return {
    ...answers,
    ...(priorDisclosure ? { priorDisclosure } : {}),
    ...(facts.disclosures.length > 0 ? { disclosures: [...facts.disclosures] } : {}),
  };
}

/**
 * The pre-deal disclosure terms the gate recommends instead of `from`: the same parties, purpose,
 * field, territory, law and forum, with us disclosing if we share in `from`, covering what went out
 * before signing and carrying the disclosure record.
 */
export function disclosureFirstAnswers(library: Library, from: Answers, facts: DealFacts): Answers {
  const preset = presetAnswers(library, 'pre-deal-disclosure');
  const answers: Answers = {
    ...preset,
    ourRole: ourSide(from) === 'A' ? 'discloser' : 'recipient',
    parties: from.parties,
    purpose: from.purpose,
    field: from.field,
    products: from.products,
    territory: from.territory,
    governingLaw: from.governingLaw,
    forum: from.forum,
    survivalYears: from.survivalYears,
    returnDays: from.returnDays,
    ...(from.liabilityCap !== undefined && { liabilityCap: from.liabilityCap }),
    ...(from.posture !== undefined && { posture: from.posture }),
  };
  return withDealFacts(answers, facts);
}
