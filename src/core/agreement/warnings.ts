import { COURTS, GOODS_SCENARIOS, type Answers } from '../questionnaire';
import { chinaOutbound, euSellerOutside } from './answers';
import type { PlanWarning } from './plan';

/** Forums whose judgments or awards sit naturally with each governing law. */
const NATURAL_FORUMS: Record<Answers['governingLaw'], readonly Answers['forum'][]> = {
  'new-york': ['new-york-courts', 'siac', 'hkiac', 'icc'],
  england: ['english-courts', 'siac', 'hkiac', 'icc'],
  singapore: ['singapore-courts', 'siac', 'icc'],
  'hong-kong': ['hong-kong-courts', 'hkiac', 'icc'],
  china: ['china-courts', 'cietac', 'shiac'],
  germany: ['german-courts', 'dis', 'icc', 'viac'],
  switzerland: ['swiss-courts', 'icc', 'viac'],
  sweden: ['swedish-courts', 'scc', 'icc'],
};

const CHINESE = /\b(china|prc)\b/i;
/** Words that say the goods are lithium cells or batteries, which ship as dangerous goods. */
const LITHIUM = /\b(lithium|li-ion|lifepo4|lfp|lmfp|nmc)\b/i;

/** Answers that are valid one by one but pull against each other, or leave a known risk open. */
export function answerWarnings(a: Answers): PlanWarning[] {
  const out: PlanWarning[] = [];
  const ex = a.exclusivity;
  if (ex.exclusive) {
    if (ex.months !== undefined && ex.months > a.termMonths)
      out.push({ key: 'build.warn.exclusivityOutlastsTerm', params: { months: ex.months, term: a.termMonths } });
    if (ex.minimumQuantity === undefined) out.push({ key: 'build.warn.exclusivityNoMinimums' });
    if (a.territory.regions.some((r) => r === 'eu' || r === 'eea')) out.push({ key: 'build.warn.exclusivityEuPassiveSales' });
  } else if (ex.months !== undefined || ex.minimumQuantity !== undefined || ex.customers !== undefined) {
    out.push({ key: 'build.warn.exclusivityDetailsIgnored' });
  }
  if (a.resultsOwner !== undefined && a.foregroundModel !== 'one-party-licence-back')
    out.push({ key: 'build.warn.resultsOwnerIgnored', params: { model: a.foregroundModel } });
  if (a.foregroundModel === 'joint') out.push({ key: 'build.warn.jointOwnership' });
  if (!NATURAL_FORUMS[a.governingLaw].includes(a.forum))
    out.push({ key: 'build.warn.lawForumMismatch', params: { law: a.governingLaw, forum: a.forum } });
  // Courts outside Mainland China whose judgments the people's courts rarely enforce; Hong Kong
  // judgments are, under the 2019 arrangement on reciprocal enforcement in force since 2024.
  const foreignCourts = (COURTS as readonly string[]).includes(a.forum) && a.forum !== 'china-courts' && a.forum !== 'hong-kong-courts';
  if (foreignCourts && [a.parties.us, a.parties.them].some((p) => CHINESE.test(p.jurisdiction)))
    out.push({ key: 'build.warn.courtsAgainstChineseParty' });
  if (a.returnDays > 90) out.push({ key: 'build.warn.longReturn', params: { days: a.returnDays } });
  const lithiumNamed = LITHIUM.test(a.samples) || LITHIUM.test(a.products);
  if (lithiumNamed && a.lithiumCells === undefined) out.push({ key: 'build.warn.lithiumUnanswered' });
  if (a.lithiumCells) out.push({ key: 'build.warn.lithiumShipping' });
  const goods = GOODS_SCENARIOS.includes(a.scenario);
  if (goods && a.productRegimes === undefined && (lithiumNamed || a.lithiumCells)) out.push({ key: 'build.warn.productRegimesUnanswered' });
  // Art. 12g binds the EU seller: asked when it may apply, and said when the answer cannot apply.
  if (euSellerOutside(a) && a.russiaReexport === undefined) out.push({ key: 'build.warn.russiaUnanswered' });
  if (goods && a.russiaReexport === 'listed-goods' && !euSellerOutside(a)) out.push({ key: 'build.warn.russiaNotRequired' });
  if (chinaOutbound(a)) out.push({ key: lithiumNamed || a.lithiumCells ? 'build.warn.prcExportBattery' : 'build.warn.prcExport' });
  return out;
}
