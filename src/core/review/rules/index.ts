import type { Rule } from '../context';
import { andOr } from './and-or';
import { markedOnly, noIndependentDevelopment, shortConfidentiality } from './confidentiality-scope';
import { exclusivityReach } from './exclusivity-reach';
import { exclusivityProducts, softMinimums } from './exclusivity-products';
import { firstRefusal } from './first-refusal';
import { forum } from './forum';
import { licenceBack } from './licence-back';
import { licenceEnd } from './licence-end';
import { licenceToAgree } from './licence-to-agree';
import { oneWayNda } from './one-way-nda';
import { licenceActs, licenceReach } from './licence-grant';
import { patentUpkeep } from './patent-upkeep';
import { freeUse } from './free-use';
import { assignment } from './assignment';
import { assignmentByTime, unpaidAssignment } from './developer-assignment';
import { crossReferences } from './cross-references';
import { undefinedTerms } from './defined-terms';
import { duplicateDefinitions } from './duplicate-definitions';
import { unusedTerms } from './unused-terms';
import { efforts } from './efforts';
import { exclusivityScope } from './exclusivity-scope';
import { jointOwnership } from './joint-ownership';
import { material } from './material';
import { missingTerms } from './missing';
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
import { supplierLockout } from './supplier-lockout';
import { softwareOnlyNre } from './software-only-nre';
import { survival } from './survival';
import { chinaTerritory, territoryUndefined } from './territory';
import { undefinedResults } from './undefined-results';
import { vagueTime } from './vague-time';

/** A rule and the finding rule ids it reports: what `--disable` and an organisation library switch off. */
export interface RuleEntry {
  check: Rule;
  ids: readonly string[];
}

/** Every finding rule, in the order findings are reported within a severity. */
export const REGISTRY: readonly RuleEntry[] = [
  { check: missingTerms, ids: ['missing'] },
  { check: jointOwnership, ids: ['ambiguous.joint-ownership'] },
  { check: exclusivityScope, ids: ['ambiguous.exclusivity-scope'] },
  { check: territoryUndefined, ids: ['ambiguous.territory-undefined'] },
  { check: chinaTerritory, ids: ['ambiguous.china-territory'] },
  { check: undefinedResults, ids: ['ambiguous.undefined-term'] },
  { check: returnDestroy, ids: ['ambiguous.return-destroy', 'ambiguous.return-on-request'] },
  { check: survival, ids: ['ambiguous.survival'] },
  { check: purposeUnstated, ids: ['ambiguous.purpose-unstated'] },
  { check: residuals, ids: ['one-sided.residuals'] },
  { check: assignment, ids: ['one-sided.assignment'] },
  { check: assignmentByTime, ids: ['one-sided.assignment-by-time'] },
  { check: unpaidAssignment, ids: ['one-sided.unpaid-assignment'] },
  { check: perpetualLicense, ids: ['one-sided.perpetual-license'] },
  { check: retention, ids: ['one-sided.retention'] },
  { check: publication, ids: ['one-sided.publication'] },
  { check: oneWayExclusivity, ids: ['one-sided.exclusivity'] },
  { check: oneWayNoImpliedLicense, ids: ['one-sided.no-implied-license'] },
  { check: markedOnly, ids: ['one-sided.marked-only'] },
  { check: noIndependentDevelopment, ids: ['one-sided.no-independent-development'] },
  { check: shortConfidentiality, ids: ['one-sided.short-confidentiality'] },
  { check: noCopies, ids: ['one-sided.no-copies'] },
  { check: softwareOnlyNre, ids: ['ambiguous.software-only-nre'] },
  { check: freeUse, ids: ['one-sided.free-feedback', 'one-sided.usage-data'] },
  { check: exclusivityReach, ids: ['one-sided.exclusivity-worldwide', 'one-sided.exclusivity-endless'] },
  { check: exclusivityProducts, ids: ['one-sided.exclusivity-products'] },
  { check: softMinimums, ids: ['ambiguous.soft-minimums'] },
  { check: supplierLockout, ids: ['one-sided.supplier-lockout'] },
  { check: firstRefusal, ids: ['one-sided.first-refusal'] },
  { check: licenceBack, ids: ['one-sided.licence-back'] },
  { check: licenceEnd, ids: ['one-sided.licence-end'] },
  { check: licenceToAgree, ids: ['ambiguous.licence-to-agree'] },
  { check: oneWayNda, ids: ['one-sided.one-way-nda'] },
  { check: licenceActs, ids: ['ambiguous.licence-acts'] },
  { check: licenceReach, ids: ['one-sided.licence-reach'] },
  { check: patentUpkeep, ids: ['one-sided.patent-upkeep'] },
  { check: forum, ids: ['ambiguous.forum-conflict', 'ambiguous.court-forum-open', 'one-sided.court-forum', 'one-sided.arbitration-seat'] },
  { check: crossReferences, ids: ['drafting.cross-reference'] },
  { check: undefinedTerms, ids: ['drafting.undefined-term'] },
  { check: duplicateDefinitions, ids: ['drafting.duplicate-definition'] },
  { check: ownConsent, ids: ['drafting.own-consent'] },
  { check: andOr, ids: ['drafting.and-or'] },
  { check: efforts, ids: ['drafting.best-efforts', 'drafting.mixed-efforts'] },
  { check: vagueTime, ids: ['drafting.vague-time'] },
  { check: material, ids: ['drafting.material'] },
  { check: shallMisuse, ids: ['drafting.shall'] },
  { check: unusedTerms, ids: ['drafting.unused-term'] },
];

export const RULES: readonly Rule[] = REGISTRY.map((r) => r.check);

/** Every finding rule id, for validating `--disable` and library settings. */
export const RULE_IDS: readonly string[] = REGISTRY.flatMap((r) => r.ids);
