import { common } from './messages/common';
import { library } from './messages/library';
import { build } from './messages/build';
import { review } from './messages/review';
import { reviewDrafting } from './messages/review-drafting';
import { reviewOneSided } from './messages/review-one-sided';
import { reviewLiability } from './messages/review-liability';
import { reviewWhoGets } from './messages/review-who-gets';
import { reviewLicensee } from './messages/review-licensee';
import { reviewServiceTerms } from './messages/review-service-terms';
import { reviewZh } from './messages/review-zh';
import { reviewIp } from './messages/review-ip';
import { reviewPrc } from './messages/review-prc';
import { reviewEngine } from './messages/review-engine';
import { io } from './messages/io';
import { host } from './messages/host';
import { ui } from './messages/ui';
import { uiAction } from './messages/ui-action';
import { uiBuild } from './messages/ui-build';
import { support } from './messages/support';
import { cli } from './messages/cli';
import { fix } from './messages/fix';
import { issues } from './messages/issues';
import { rules } from './messages/rules';
import { prepare } from './messages/prepare';
import { uiPrepare } from './messages/ui-prepare';

/**
 * The message catalog: every user-facing string, English and Simplified Chinese.
 * Each area keeps its own file under messages/ and is merged in catalog.ts.
 */
export const areas = [common, library, build, review, reviewEngine, reviewOneSided, reviewLiability, reviewWhoGets, reviewLicensee, reviewServiceTerms, reviewDrafting, reviewZh, reviewIp, reviewPrc, io, host, ui, uiAction, uiBuild, support, cli, fix, issues, rules, prepare, uiPrepare] as const;
