import { FINDING_KINDS, type FindingKind, type Severity } from '../../findings';
import type { TopicId } from '../../topics';
import type { Rule } from '../context';
import type { RuleEntry, RuleInfo } from './entry';
import { andOr } from './and-or';
import { looseIndependentDevelopment, markedOnly, noIndependentDevelopment, shortConfidentiality } from './confidentiality-scope';
import { noCompelledDisclosure } from './compelled-disclosure';
import { accuracyWarranty } from './accuracy-warranty';
import { leakDamages, leakLiabilityFault } from './leak-damages';
import { recipientIndemnity } from './recipient-indemnity';
import { derivedIp } from './derived-ip';
import { exportBarsChina } from './export-china';
import { developmentProof, exhaustRemedies } from './recipient-burdens';
import { designatedReturn } from './return-designated';
import { exclusivityReach } from './exclusivity-reach';
import { exclusivityProducts, softMinimums } from './exclusivity-products';
import { firstRefusal } from './first-refusal';
import { forum } from './forum';
import { foreignLawZh } from './foreign-law-zh';
import { lawByReference } from './law-by-reference';
import { arbitrationGaps } from './arbitration-gaps';
import { arbitrationOrCourt } from './arbitration-or-court';
import { licenceBack } from './licence-back';
import { resultsLicenceBack } from './results-licence-back';
import { licenceEnd } from './licence-end';
import { cureReversed } from './cure-reversed';
import { licenceToAgree } from './licence-to-agree';
import { oneWayNda } from './one-way-nda';
import { licenceActs, licenceReach } from './licence-grant';
import { patentUpkeep } from './patent-upkeep';
import { licenceLapse } from './licence-lapse';
import { licenceField } from './licence-field';
import { licenceAcquirer } from './licence-acquirer';
import { licenceAssistance } from './licence-assistance';
import { embeddedBackground } from './embedded-background';
import { ipDeferred } from './ip-deferred';
import { freeUse } from './free-use';
import { assignment } from './assignment';
import { assignmentByTime, unpaidAssignment } from './developer-assignment';
import { resultsTaken } from './results-taken';
import { ndaSuperseded } from './nda-superseded';
import { crossReferences } from './cross-references';
import { undefinedTerms } from './defined-terms';
import { duplicateDefinitions } from './duplicate-definitions';
import { unusedTerms } from './unused-terms';
import { efforts } from './efforts';
import { exclusivityScope } from './exclusivity-scope';
import { jointOwnership } from './joint-ownership';
import { material } from './material';
import { missingTerms } from './missing';
import { freeToMarket, materialOnly } from './nda-carve-outs';
import { competeWhileEngaged } from './compete-tail';
import { noCopies } from './no-copies';
import { oneWayNoImpliedLicense } from './no-implied-license';
import { oneWayExclusivity } from './one-way-exclusivity';
import { ownConsent } from './own-consent';
import { perpetualLicense } from './perpetual-license';
import { publication } from './publication';
import { purposeUnstated } from './purpose-unstated';
import { residuals } from './residuals';
import { retention } from './retention';
import { returnDestroy } from './return-destroy';
import { shallMisuse } from './shall';
import { shallStyle } from './shall-style';
import { repeatedWords } from './repeated-words';
import { zhSlips } from './zh-slips';
import { repealedLaw } from './repealed-law';
import { zhBodyBlanks } from './zh-body-blanks';
import { blankPreamble } from './blank-preamble';
import { blankPrice } from './blank-price';
import { openTerms } from './open-terms';
import { supplierLockout } from './supplier-lockout';
import { salesOutside } from './sales-outside';
import { improvementsToOwner } from './improvements-to-owner';
import { improvementBan } from './improvement-ban';
import { exclusiveOpportunities } from './exclusive-opportunities';
import { customerChoice } from './customer-choice';
import { softwareOnlyNre } from './software-only-nre';
import { survival } from './survival';
import { chinaTerritory, territoryUndefined } from './territory';
import { undefinedResults } from './undefined-results';
import { vagueTime } from './vague-time';
import { twoWayFrequency } from './two-way-frequency';
import { withChinese } from './zh';
import { bilingualDiscrepancy } from './bilingual-discrepancy';
import { priorUse } from './prior-use';
import { blankPeriod, startUnstated } from './blank-period';
import { confidentialityElsewhere } from './confidentiality-elsewhere';
import { lockedResults } from './locked-results';
import { resultsAnyPurpose } from './results-any-purpose';
import { publicationResults } from './publication-results';
import { auditConfidentiality } from './audit-confidentiality';
import { personalInfoZh } from './zh/personal-info';
import { testResultsOpen } from './test-results-open';
import { competeBan } from './compete-ban';
import { vendorNonCompete } from './vendor-non-compete';
import { exclusiveFutureIp } from './exclusive-future-ip';
import { nonAssert } from './non-assert';
import { mostFavoured } from './most-favoured';
import { terminationAtWill } from './termination-at-will';
import { exclusivityUnpaid } from './exclusivity-unpaid';
import { onwardDisclosure } from './onward-disclosure';
import { personalGuarantee } from './personal-guarantee';
import { oneWayIndemnity } from './one-way-indemnity';
import { oneWayCap } from './one-way-cap';
import { openAcceptanceZh } from './zh/open-acceptance';
import { allLiabilityZh } from './zh/all-liability';
import { partyLettersZh } from './zh/party-letters';
import { noLiabilityCap } from './no-liability-cap';
import { oneWayExclusion } from './one-way-exclusion';
import { priceChange } from './price-change';
import { bracketedText } from './bracketed-text';
import { confidentialityRoles } from './confidentiality-roles';
import { confidentialityTwice } from './confidentiality-twice';
import { manuscriptChange } from './manuscript-change';
import { strayRole } from './stray-role';
import { amountsTotal } from './amounts-total';
import { alternativesLeft } from './alternatives-left';
import { survivalConfidentiality } from './survival-confidentiality';
import { testingBarred } from './testing-barred';
import { fieldMaker } from './field-maker';
import { sanctionsExit } from './sanctions-exit';
import { resultsPublishable } from './results-publishable';
import { deliverablesChoice, deliverablesLicensed } from './deliverables-rights';
import { lawBlank } from './law-blank';
import { ownerBlank } from './owner-blank';
import { lawForumJoined } from './law-forum-joined';
import { coverValues } from './cover-values';
import { suspensionNoExport } from './suspension-no-export';
import { feedbackNotConfidential } from './feedback-not-confidential';
import { termsChange } from './terms-change';
import { finalInterpretation } from './final-interpretation';
import { submissionsFree } from './submissions-free';
import { licenceNoncommercial } from './licence-noncommercial';
import { penaltyFloor } from './penalty-floor';
import { nonprofitOnly } from './nonprofit-only';
import { jointTransfer } from './joint-transfer';
import { controlEndsLicence } from './control-ends-licence';
import { auditTerms } from './audit-terms';
import { noDistributionRight } from './no-distribution-right';
import { shippedCopies } from './shipped-copies';
import { modificationsOwned } from './modifications-owned';
import { exportForeignStaff } from './export-foreign-staff';
import { commercialThreshold } from './commercial-threshold';
import { endlessConfidentiality } from './endless-confidentiality';

const info = (id: string, severity: Severity, topic?: TopicId, settles?: 'settles'): RuleInfo => ({
  id,
  severity,
  ...(topic ? { topic } : {}),
  ...(settles ? { settles: true as const } : {}),
});

/** Every finding rule, in the order findings are reported within a severity. */
export const REGISTRY: readonly RuleEntry[] = withChinese([
  { check: missingTerms, rules: [info('missing', 'high')] },
  {
    check: bilingualDiscrepancy,
    rules: [
      info('discrepancy.bilingual-prevailing', 'high', 'governing-law'),
      info('discrepancy.bilingual-figures', 'medium'),
      info('discrepancy.bilingual-negation', 'high'),
      info('discrepancy.bilingual-names', 'medium'),
      info('discrepancy.bilingual-terms', 'medium'),
    ],
  },
  { check: jointOwnership, rules: [info('ambiguous.joint-ownership', 'high', 'joint-ownership')] },
  { check: jointTransfer, rules: [info('one-sided.joint-transfer', 'high', 'joint-ownership')] },
  { check: exclusivityScope, rules: [info('ambiguous.exclusivity-scope', 'medium', 'exclusivity')] },
  { check: territoryUndefined, rules: [info('ambiguous.territory-undefined', 'medium', 'territory')] },
  { check: chinaTerritory, rules: [info('ambiguous.china-territory', 'medium', 'territory')] },
  { check: undefinedResults, rules: [info('ambiguous.undefined-term', 'medium')] },
  { check: returnDestroy, rules: [info('ambiguous.return-destroy', 'medium', 'return-or-destroy'), info('ambiguous.return-on-request', 'low', 'return-or-destroy')] },
  { check: survival, rules: [info('ambiguous.survival', 'medium', 'survival')] },
  { check: purposeUnstated, rules: [info('ambiguous.purpose-unstated', 'medium', 'purpose-limitation')] },
  { check: residuals, rules: [info('one-sided.residuals', 'high', 'residuals')] },
  { check: assignment, rules: [info('one-sided.assignment', 'high', undefined, 'settles')] },
  { check: assignmentByTime, rules: [info('one-sided.assignment-by-time', 'high', 'foreground-ip')] },
  { check: unpaidAssignment, rules: [info('one-sided.unpaid-assignment', 'medium', 'foreground-ip')] },
  { check: resultsTaken, rules: [info('one-sided.results-taken', 'high', 'foreground-ip')] },
  { check: ndaSuperseded, rules: [info('ambiguous.nda-superseded', 'medium', 'confidentiality')] },
  { check: perpetualLicense, rules: [info('one-sided.perpetual-license', 'high', 'background-license')] },
  { check: retention, rules: [info('one-sided.retention', 'medium', 'return-or-destroy')] },
  { check: publication, rules: [info('one-sided.publication', 'high', 'publication')] },
  { check: oneWayExclusivity, rules: [info('one-sided.exclusivity', 'medium', 'exclusivity')] },
  { check: oneWayNoImpliedLicense, rules: [info('one-sided.no-implied-license', 'high', 'no-implied-license')] },
  { check: markedOnly, rules: [info('one-sided.marked-only', 'medium', 'confidentiality')] },
  { check: noIndependentDevelopment, rules: [info('one-sided.no-independent-development', 'high', 'confidentiality')] },
  { check: noCompelledDisclosure, rules: [info('one-sided.no-compelled-disclosure', 'medium', 'confidentiality')] },
  { check: leakDamages, rules: [info('one-sided.leak-damages-excluded', 'medium', 'liability')] },
  { check: accuracyWarranty, rules: [info('one-sided.accuracy-warranty', 'medium', 'confidentiality')] },
  { check: leakLiabilityFault, rules: [info('one-sided.leak-liability-fault', 'medium', 'liability')] },
  { check: looseIndependentDevelopment, rules: [info('one-sided.loose-independent-development', 'medium', 'confidentiality')] },
  { check: recipientIndemnity, rules: [info('one-sided.recipient-indemnity', 'medium', 'liability')] },
  { check: derivedIp, rules: [info('one-sided.derived-ip', 'high', 'improvements')] },
  { check: exportBarsChina, rules: [info('one-sided.export-bars-china', 'high', 'export-control')] },
  { check: sanctionsExit, rules: [info('one-sided.sanctions-exit', 'high', 'export-control')] },
  { check: exportForeignStaff, rules: [info('one-sided.export-foreign-staff', 'high', 'export-control')] },
  { check: resultsPublishable, rules: [info('one-sided.results-publishable', 'medium', 'publication')] },
  { check: deliverablesLicensed, rules: [info('one-sided.deliverables-licensed', 'medium', 'foreground-ip')] },
  { check: deliverablesChoice, rules: [info('ambiguous.deliverables-choice', 'medium', 'foreground-ip')] },
  { check: lawBlank, rules: [info('ambiguous.law-blank', 'medium', 'governing-law')] },
  { check: ownerBlank, rules: [info('ambiguous.owner-blank', 'medium', 'foreground-ip')] },
  { check: coverValues, rules: [info('ambiguous.cover-values', 'low', 'confidentiality')] },
  { check: suspensionNoExport, rules: [info('one-sided.suspension-no-export', 'medium', 'background-license')] },
  { check: feedbackNotConfidential, rules: [info('one-sided.feedback-not-confidential', 'medium', 'feedback')] },
  { check: submissionsFree, rules: [info('one-sided.submissions-free', 'high', 'feedback')] },
  { check: developmentProof, rules: [info('one-sided.development-proof', 'medium', 'confidentiality')] },
  { check: exhaustRemedies, rules: [info('one-sided.exhaust-remedies', 'medium', 'confidentiality')] },
  { check: freeToMarket, rules: [info('one-sided.free-to-market', 'medium', 'confidentiality')] },
  { check: materialOnly, rules: [info('one-sided.material-only', 'medium', 'confidentiality')] },
  { check: competeWhileEngaged, rules: [info('one-sided.compete-while-engaged', 'medium', 'residuals')] },
  { check: designatedReturn, rules: [info('one-sided.return-designated-only', 'medium', 'return-or-destroy')] },
  { check: shortConfidentiality, rules: [info('one-sided.short-confidentiality', 'medium', 'confidentiality')] },
  { check: endlessConfidentiality, rules: [info('one-sided.endless-confidentiality', 'low', 'confidentiality')] },
  { check: noCopies, rules: [info('one-sided.no-copies', 'low', 'confidentiality')] },
  { check: softwareOnlyNre, rules: [info('ambiguous.software-only-nre', 'medium', 'no-reverse-engineering')] },
  { check: freeUse, rules: [info('one-sided.free-feedback', 'medium', 'feedback'), info('one-sided.usage-data', 'medium', 'test-data')] },
  { check: exclusivityReach, rules: [info('one-sided.exclusivity-worldwide', 'high', 'territory'), info('one-sided.exclusivity-endless', 'medium', 'exclusivity')] },
  { check: exclusivityProducts, rules: [info('one-sided.exclusivity-products', 'medium', 'exclusivity')] },
  { check: softMinimums, rules: [info('ambiguous.soft-minimums', 'high', 'exclusivity')] },
  { check: supplierLockout, rules: [info('one-sided.supplier-lockout', 'high', 'exclusivity')] },
  { check: firstRefusal, rules: [info('one-sided.first-refusal', 'medium', 'background-ip')] },
  { check: licenceBack, rules: [info('one-sided.licence-back', 'high', 'improvements')] },
  { check: resultsLicenceBack, rules: [info('one-sided.results-licence-back', 'medium', 'improvements')] },
  { check: licenceEnd, rules: [info('one-sided.licence-end', 'medium', 'background-license')] },
  { check: cureReversed, rules: [info('one-sided.cure-reversed', 'medium', 'background-license')] },
  { check: licenceNoncommercial, rules: [info('one-sided.noncommercial-licence', 'medium', 'background-license')] },
  { check: nonprofitOnly, rules: [info('one-sided.nonprofit-only', 'high', 'background-license')] },
  { check: commercialThreshold, rules: [info('one-sided.commercial-threshold', 'high', 'background-license')] },
  { check: controlEndsLicence, rules: [info('one-sided.control-ends-licence', 'medium', 'background-license')] },
  { check: auditTerms, rules: [info('one-sided.audit-terms', 'medium', 'background-license')] },
  { check: noDistributionRight, rules: [info('one-sided.no-distribution-right', 'high', 'background-license')] },
  { check: shippedCopies, rules: [info('one-sided.shipped-copies', 'medium', 'continuing-rights')] },
  { check: modificationsOwned, rules: [info('one-sided.modifications-owned', 'medium', 'improvements')] },
  { check: licenceToAgree, rules: [info('ambiguous.licence-to-agree', 'medium', 'background-license')] },
  { check: oneWayNda, rules: [info('one-sided.one-way-nda', 'low', 'confidentiality')] },
  { check: licenceActs, rules: [info('ambiguous.licence-acts', 'high', 'background-license')] },
  { check: licenceReach, rules: [info('one-sided.licence-reach', 'medium', 'background-license')] },
  { check: patentUpkeep, rules: [info('one-sided.patent-upkeep', 'low', 'patent-prosecution')] },
  { check: salesOutside, rules: [info('one-sided.sales-outside', 'medium', 'territory')] },
  { check: improvementsToOwner, rules: [info('one-sided.improvements-to-owner', 'high', 'improvements')] },
  { check: improvementBan, rules: [info('one-sided.improvement-ban', 'medium', 'improvements')] },
  { check: exclusiveOpportunities, rules: [info('ambiguous.exclusive-opportunities', 'medium', 'exclusivity')] },
  { check: customerChoice, rules: [info('one-sided.customer-choice', 'medium', 'exclusivity')] },
  { check: licenceLapse, rules: [info('one-sided.licence-lapse', 'high')] },
  { check: licenceField, rules: [info('ambiguous.licence-field', 'medium', 'background-license')] },
  { check: fieldMaker, rules: [info('ambiguous.field-maker', 'low', 'background-license')] },
  { check: licenceAcquirer, rules: [info('one-sided.licence-acquirer', 'medium', 'background-license')] },
  { check: licenceAssistance, rules: [info('one-sided.no-technical-assistance', 'low', 'background-license')] },
  { check: embeddedBackground, rules: [info('ambiguous.embedded-background', 'medium', 'background-license')] },
  { check: ipDeferred, rules: [info('ambiguous.ip-deferred', 'medium', 'foreground-ip')] },
  {
    check: forum,
    rules: [
      info('ambiguous.forum-conflict', 'medium', 'dispute-resolution'),
      info('ambiguous.court-forum-open', 'medium', 'dispute-resolution'),
      info('one-sided.court-forum', 'medium', 'dispute-resolution'),
      info('one-sided.arbitration-seat', 'low', 'dispute-resolution'),
    ],
  },
  { check: crossReferences, rules: [info('drafting.cross-reference', 'medium')] },
  { check: undefinedTerms, rules: [info('drafting.undefined-term', 'medium')] },
  { check: duplicateDefinitions, rules: [info('drafting.duplicate-definition', 'low')] },
  { check: ownConsent, rules: [info('drafting.own-consent', 'low')] },
  { check: andOr, rules: [info('drafting.and-or', 'low')] },
  { check: efforts, rules: [info('drafting.best-efforts', 'low'), info('drafting.mixed-efforts', 'low')] },
  { check: vagueTime, rules: [info('drafting.vague-time', 'low')] },
  { check: twoWayFrequency, rules: [info('drafting.two-way-frequency', 'low')] },
  { check: material, rules: [info('drafting.material', 'low')] },
  { check: shallMisuse, rules: [info('drafting.shall', 'low')] },
  { check: shallStyle, rules: [info('drafting.shall-style', 'low')] },
  { check: repeatedWords, rules: [info('drafting.repeated-words', 'low')] },
  { check: zhSlips, rules: [info('drafting.zh-slip', 'low')] },
  { check: repealedLaw, rules: [info('drafting.repealed-law', 'low')] },
  { check: zhBodyBlanks, rules: [info('drafting.zh-body-blank', 'low')] },
  { check: blankPreamble, rules: [info('drafting.blank-preamble', 'low')] },
  { check: blankPrice, rules: [info('drafting.blank-price', 'medium')] },
  { check: openTerms, rules: [info('drafting.open-term', 'medium'), info('drafting.blank-date', 'low'), info('drafting.blank-reference', 'low')] },
  { check: unusedTerms, rules: [info('drafting.unused-term', 'low')] },
  { check: lawByReference, rules: [info('ambiguous.law-by-reference', 'medium', 'governing-law')] },
  { check: foreignLawZh, rules: [info('one-sided.foreign-law', 'medium', 'governing-law')] },
  { check: arbitrationGaps, rules: [info('ambiguous.arbitration-gaps', 'medium', 'dispute-resolution')] },
  { check: arbitrationOrCourt, rules: [info('ambiguous.arbitration-or-court', 'medium', 'dispute-resolution')] },
  { check: priorUse, rules: [info('one-sided.prior-use', 'medium', 'background-ip')] },
  { check: blankPeriod, rules: [info('ambiguous.blank-period', 'medium')] },
  { check: confidentialityElsewhere, rules: [info('ambiguous.confidentiality-elsewhere', 'low', 'confidentiality')] },
  { check: lockedResults, rules: [info('one-sided.locked-results', 'medium', 'test-data', 'settles')] },
  { check: resultsAnyPurpose, rules: [info('one-sided.results-any-purpose', 'medium', 'results-use')] },
  { check: publicationResults, rules: [info('one-sided.publication-results', 'medium', 'publication')] },
  { check: auditConfidentiality, rules: [info('missing.audit-confidentiality', 'low', 'confidentiality')] },
  { check: personalInfoZh, rules: [info('missing.personal-information', 'medium', 'confidentiality')] },
  { check: testResultsOpen, rules: [info('ambiguous.test-results-open', 'medium', 'test-data')] },
  { check: startUnstated, rules: [info('ambiguous.start-unstated', 'medium')] },
  { check: competeBan, rules: [info('one-sided.compete-ban', 'medium', 'residuals')] },
  { check: vendorNonCompete, rules: [info('one-sided.non-compete', 'medium', 'exclusivity')] },
  { check: exclusiveFutureIp, rules: [info('one-sided.exclusive-future-ip', 'medium', 'background-license')] },
  { check: nonAssert, rules: [info('one-sided.non-assert', 'medium', 'background-license')] },
  { check: mostFavoured, rules: [info('one-sided.most-favoured', 'medium', 'exclusivity')] },
  {
    check: terminationAtWill,
    rules: [info('one-sided.termination-at-will', 'medium', 'continuing-rights'), info('one-sided.licence-at-will', 'medium', 'continuing-rights')],
  },
  { check: exclusivityUnpaid, rules: [info('one-sided.exclusivity-unpaid', 'medium', 'exclusivity')] },
  { check: onwardDisclosure, rules: [info('one-sided.onward-disclosure', 'medium', 'confidentiality')] },
  { check: personalGuarantee, rules: [info('one-sided.personal-guarantee', 'medium', 'liability')] },
  { check: oneWayIndemnity, rules: [info('one-sided.one-way-indemnity', 'high', 'liability')] },
  { check: oneWayCap, rules: [info('one-sided.one-way-cap', 'medium', 'liability')] },
  { check: allLiabilityZh, rules: [info('one-sided.all-liability', 'medium', 'liability')] },
  { check: oneWayExclusion, rules: [info('one-sided.one-way-exclusion', 'medium', 'liability')] },
  { check: noLiabilityCap, rules: [info('one-sided.no-liability-cap', 'medium', 'liability')] },
  { check: openAcceptanceZh, rules: [info('one-sided.open-acceptance', 'medium')] },
  { check: priceChange, rules: [info('one-sided.price-change', 'medium')] },
  { check: termsChange, rules: [info('one-sided.terms-change', 'medium')] },
  { check: finalInterpretation, rules: [info('one-sided.final-interpretation', 'medium')] },
  { check: penaltyFloor, rules: [info('one-sided.penalty-floor', 'medium')] },
  { check: testingBarred, rules: [info('one-sided.testing-barred', 'low', 'purpose-limitation')] },
  { check: bracketedText, rules: [info('ambiguous.bracketed-text', 'medium')] },
  { check: confidentialityRoles, rules: [info('ambiguous.confidentiality-roles', 'medium', 'confidentiality')] },
  { check: confidentialityTwice, rules: [info('ambiguous.confidentiality-twice', 'low', 'confidentiality')] },
  { check: manuscriptChange, rules: [info('drafting.manuscript-change', 'low')] },
  { check: strayRole, rules: [info('drafting.stray-role', 'low')] },
  { check: partyLettersZh, rules: [info('drafting.party-letter', 'medium')] },
  { check: amountsTotal, rules: [info('drafting.amounts-total', 'medium')] },
  { check: alternativesLeft, rules: [info('drafting.alternatives-left', 'medium')] },
  { check: survivalConfidentiality, rules: [info('drafting.survival-confidentiality', 'medium')] },
  { check: lawForumJoined, rules: [info('drafting.law-forum-joined', 'low')] },
]);

/** A finding rule's kind is the first part of its id: "one-sided.residuals" is one-sided. */
export function kindOfRule(id: string): FindingKind {
  return (FINDING_KINDS as readonly string[]).includes(id) ? (id as FindingKind) : (id.slice(0, id.indexOf('.')) as FindingKind);
}

export const RULES: readonly Rule[] = REGISTRY.map((r) => r.check);

/** Every finding rule, as `clausewright rules` lists it. */
export const RULE_INFO: readonly RuleInfo[] = REGISTRY.flatMap((r) => r.rules);

/** Every finding rule id, for validating `--disable`, `--enable` and library settings. */
export const RULE_IDS: readonly string[] = RULE_INFO.map((r) => r.id);

export { OPT_IN_RULE_IDS } from './opt-in';
export type { RuleEntry, RuleInfo } from './entry';
