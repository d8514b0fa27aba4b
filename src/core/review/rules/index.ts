import type { Rule } from '../context';
import { assignment } from './assignment';
import { exclusivityScope } from './exclusivity-scope';
import { jointOwnership } from './joint-ownership';
import { missingTerms } from './missing';
import { oneWayExclusivity } from './one-way-exclusivity';
import { perpetualLicense } from './perpetual-license';
import { residuals } from './residuals';
import { retention } from './retention';
import { returnDestroy } from './return-destroy';
import { survival } from './survival';
import { chinaTerritory, territoryUndefined } from './territory';
import { undefinedResults } from './undefined-results';

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
  oneWayExclusivity,
];
