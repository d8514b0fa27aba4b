// Where the deal itself makes a missing term matter less than the playbook's weight for it.
import { severityRank, type Severity } from '../../findings';
import type { TopicId } from '../../topics';
import type { PlaybookCondition, ReviewContext } from '../context';
import { domesticChinese } from '../places';
import { acknowledgesUnderNamedLaw } from './acknowledgement-form';
import { grantsUsNonExclusive } from './non-exclusive-grant';
import { acceptedByUse, contributorForm } from './public-offer';
import { onlyFeedbackTheirs } from './trial-lessons';
import { zhDealKind } from '../zh/deal-kind';
import { anyMatching } from './sentence-gate';

// Technology handed over: "shall deliver twenty prototype cells", "will provide the source code" (not
// "technology used to provide the services", where it only serves the one who uses it).
const HANDS_OVER_TECHNOLOGY =
  /\b(?:deliver|provide|supply|furnish|ship|disclose|transfer|lend|loan)(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,6}?(?:prototypes?|prototype\s+\w+|devices?|hardware|equipment|software|source\s+code|firmware|know-how|technical\s+(?:data|information|documentation))\b/i;

/** The weight of a missing term in this draft: the playbook's, or lighter where the deal shows why. */
export function missingWeight(ctx: ReviewContext, topic: TopicId, severity: Severity, holds: (c: PlaybookCondition) => boolean): Severity {
  // A person's acknowledgement of an institution's rules, measured by a named place's law: the choice of law is a note.
  if (topic === 'governing-law' && acknowledgesUnderNamedLaw(ctx.sentences)) return 'low';
  // A wholly Chinese contract between Chinese parties with nothing foreign in it: PRC law governs it anyway.
  if (topic === 'governing-law' && severityRank(severity) > severityRank('low') && domesticChinese(ctx)) return 'low';
  if (topic === 'foreground-ip' && developerKeepsResults(ctx)) return 'low';
  // A commissioning side under PRC law: an improvement it makes to what it receives is its own unless agreed
  // (Civil Code art. 875), so silence favours it; what matters is who owns the results (foreground-ip).
  // Not goods made to our drawings, where the maker's changes to our design are what we want back.
  if (topic === 'improvements' && customerCommissionsUnderPrcLaw(ctx)) return 'low';
  // Goods made to our drawings (承揽): the goods are ours by the order; what is left open is the maker's
  // moulds, changes and improvements, a real point but not the whole of what we pay for.
  if (topic === 'foreground-ip' && ctx.role === 'customer' && severity === 'high' && zhDealKind(ctx) === 'work-made') return 'medium';
  // A consultant or service provider hands over a report or a solved problem, not its technology, and
  // keeps the new results it makes unless agreed (Civil Code art. 885): what it brings stays its own.
  if (topic === 'background-ip' && ctx.role === 'developer' && adviceOrService(ctx)) return 'low';
  // Terms offered to anyone as they stand (a public licence accepted by use, a contributor licence):
  // nothing is negotiated, so the missing law or forum is a note; contributions are public by design.
  const offered = acceptedByUse(ctx.sentences) || contributorForm(ctx.sentences);
  if (offered && (topic === 'governing-law' || topic === 'dispute-resolution')) return 'low';
  if (topic === 'confidentiality' && contributorForm(ctx.sentences)) return 'low';
  // What the draft grants us is stated non-exclusive: exclusivity is a commercial ask, not a forgotten term.
  if (topic === 'exclusivity' && grantsUsNonExclusive(ctx)) return 'low';
  // A licence only to exhibit, display or copy finished content or marks as they are, with no prototypes,
  // devices, software or technical data handed over beside it, lets nothing be made from the licensor's technology: its one narrow
  // grant says what passes, and a reservation of the rest is a drafting point.
  if (topic === 'no-implied-license' && ctx.scenario === 'technology-license' && !holds('improvable') && !anyMatching(ctx.sentences, HANDS_OVER_TECHNOLOGY)) return 'low';
  // They take our feedback and nothing else of the trial: the data we make stays with us (trial-lessons.ts).
  if (topic === 'test-data' && onlyFeedbackTheirs(ctx)) return 'low';
  return severity;
}

/**
 * A commissioned development under PRC law, for the developer: silence leaves the patent-application
 * right (Civil Code art. 859) and the software copyright with the developer, so a missing ownership
 * term is a note, and the customer-ownership clause is no fix to offer.
 */
export function developerKeepsResults(ctx: ReviewContext): boolean {
  return ctx.scenario === 'custom-development' && ctx.role === 'developer' && domesticChinese(ctx);
}

const customerCommissionsUnderPrcLaw = (ctx: ReviewContext): boolean =>
  ctx.scenario === 'custom-development' && ctx.role === 'customer' && domesticChinese(ctx) && zhDealKind(ctx) !== 'work-made';

const adviceOrService = (ctx: ReviewContext): boolean => {
  const kind = zhDealKind(ctx);
  return kind === 'consulting' || kind === 'service';
};
