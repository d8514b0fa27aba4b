import type { Rule } from '../context';
import { andOr } from './and-or';
import { assignment } from './assignment';
import { crossReferences } from './cross-references';
import { duplicateDefinitions, undefinedTerms, unusedTerms } from './defined-terms';
import { efforts } from './efforts';
import { exclusivityScope } from './exclusivity-scope';
import { jointOwnership } from './joint-ownership';
import { material } from './material';
import { missingTerms } from './missing';
import { oneWayNoImpliedLicense } from './no-implied-license';
import { oneWayExclusivity } from './one-way-exclusivity';
import { ownConsent } from './own-consent';
import { perpetualLicense } from './perpetual-license';
import { publication } from './publication';
import { residuals } from './residuals';
import { retention } from './retention';
import { returnDestroy } from './return-destroy';
import { shallMisuse } from './shall';
import { survival } from './survival';
import { chinaTerritory, territoryUndefined } from './territory';
import { undefinedResults } from './undefined-results';
import { vagueTime } from './vague-time';

/** Every finding rule, in the order findings are reported within a severity. */
export const RULES: Rule[] = [
  missingTerms,
  jointOwnership,
  exclusivityScope,
  territoryUndefined,
  chinaTerritory,
  undefinedResults,
  returnDestroy,
  survival,
  residuals,
  assignment,
  perpetualLicense,
  retention,
  publication,
  oneWayExclusivity,
  oneWayNoImpliedLicense,
  crossReferences,
  undefinedTerms,
  duplicateDefinitions,
  ownConsent,
  andOr,
  efforts,
  vagueTime,
  material,
  shallMisuse,
  unusedTerms,
];
