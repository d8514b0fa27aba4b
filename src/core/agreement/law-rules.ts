import type { MessageKey } from '../i18n';
import type { ScenarioId } from '../scenarios';
import type { Variant, VariantRisk } from '../library';
import type { Answers } from '../questionnaire';
import { isChinese } from './places';

/**
 * Rules of law that void or narrow a kind of clause. When a rule holds for the deal, the builder
 * prefers any other fitting variant (`avoid`), and warns when the risky variant is still used.
 */
interface LawRule {
  risk: VariantRisk;
  holds: (a: Answers) => boolean;
  avoid: boolean;
  key: MessageKey;
}

/** Technology contracts in the sense of the PRC Civil Code (development, transfer and licence). */
const TECHNOLOGY_CONTRACTS: readonly ScenarioId[] = ['joint-development', 'technology-license', 'custom-development'];
const GERMAN = /\b(germany|deutschland|german)\b/i;
const EU = (a: Answers) => a.territory.regions.some((r) => r === 'eu' || r === 'eea');
const prc = (a: Answers) => a.governingLaw === 'china';
/** A party established in Mainland China is bound by PRC blocking law whatever law governs the contract. */
const chineseParty = (a: Answers) => isChinese(a.parties.us.jurisdiction) || isChinese(a.parties.them.jurisdiction);

const RULES: readonly LawRule[] = [
  // Civil Code art. 850 and the SPC interpretation on technology contracts, art. 10(1).
  { risk: 'improvement-capture', holds: prc, avoid: true, key: 'build.warn.law.prcCapture' },
  // Civil Code art. 875 (improvements shared on mutual benefit); SPC interpretation art. 10(1).
  { risk: 'grant-back', holds: prc, avoid: true, key: 'build.warn.law.prcGrantBack' },
  // SPC interpretation art. 10(6).
  { risk: 'no-challenge', holds: prc, avoid: true, key: 'build.warn.law.prcNoChallenge' },
  // SPC interpretation art. 10(2), for technology contracts only.
  { risk: 'non-compete', holds: (a) => prc(a) && TECHNOLOGY_CONTRACTS.includes(a.scenario), avoid: true, key: 'build.warn.law.prcNonCompete' },
  // EU TTBER art. 5: excluded restrictions in technology transfer agreements.
  { risk: 'no-challenge', holds: (a) => EU(a) && a.scenario === 'technology-license', avoid: false, key: 'build.warn.law.euExcluded' },
  { risk: 'improvement-capture', holds: (a) => EU(a) && a.scenario === 'technology-license', avoid: false, key: 'build.warn.law.euExcluded' },
  // BGB §309 No. 12 and §307: burden-of-proof shifts in standard terms used against a German business.
  { risk: 'burden-shift', holds: (a) => a.governingLaw === 'germany' || GERMAN.test(a.parties.them.jurisdiction), avoid: true, key: 'build.warn.law.germanBurdenShift' },
  // BGB §307 also reaches an improvement capture in German-law standard terms.
  { risk: 'improvement-capture', holds: (a) => a.governingLaw === 'germany', avoid: true, key: 'build.warn.law.germanCapture' },
  // Walford v Miles: an agreement to negotiate is not enforceable in English law.
  { risk: 'agreement-to-negotiate', holds: (a) => a.governingLaw === 'england', avoid: false, key: 'build.warn.law.englishNegotiate' },
  // Anti-Foreign Sanctions Law art. 12 and the MOFCOM Blocking Rules forbid complying with some foreign sanctions.
  { risk: 'foreign-sanctions', holds: chineseParty, avoid: true, key: 'build.warn.law.prcBlocking' },
];

/** Whether the deal's law voids or narrows what the variant does, so another variant should be used. */
export function lawAvoids(variant: Variant, answers: Answers): boolean {
  return RULES.some((r) => r.avoid && (variant.risks ?? []).includes(r.risk) && r.holds(answers));
}

/** The warnings the deal's law gives for a variant that is used. */
export function lawWarnings(variant: Variant, answers: Answers): MessageKey[] {
  return [...new Set(RULES.filter((r) => (variant.risks ?? []).includes(r.risk) && r.holds(answers)).map((r) => r.key))];
}
