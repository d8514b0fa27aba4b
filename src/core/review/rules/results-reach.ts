import type { ReviewContext } from '../context';
import { holderStance, ownershipTerms } from '../terms/ownership';
import { zhPartyBefore, zhPartyRefs } from '../zh/side';
import { partyBefore, partyRightAfter } from './side';

// What we make of a test: "evaluation or reports … prepared by Evaluator", "the Beta Test results compiled by Licensee".
const OUR_WORK = /\b(?:evaluations?|reports?|results|findings|benchmarks?|analyses|test(?:ing)?\s+data)\b[^.;]{0,60}?\b(?:prepared|compiled|generated|produced|made|created|obtained|conducted|written)\s+by\s+/gi;
// …declared confidential or theirs in the same sentence.
const CLAIMED = /\bconfidential\s+information\b|\bproperty\s+of\b|\bbelongs?\s+to\b|\b(?:owned|vested)\b/i;
const CONFIDENTIAL = /\bconfidential\s+information\b/gi;
// Their confidential information taking in what can be learnt of the thing tested: "includes non-public information about the Product".
const ABOUT_THE_THING =
  /^\s{0,3}(?:also\s+)?(?:includes?|shall\s+include|means|shall\s+mean|consists?\s+of|comprises?)\b[^.;]{0,80}?\b(?:information|data)\s+(?:about|regarding|relating\s+to|related\s+to|concerning|on)\s+(?:the\s+|its\s+|their\s+)?(?:Products?|Software|Samples?|Materials?|Technology|Devices?|Platform|Prototypes?|Beta|modules?|units?|equipment|hardware|firmware|components?|(?:source\s+|object\s+)?code)\b/i;
// Data of our trial they may take: "Provider may collect and analyse Usage Data".
const OUR_USE_DATA = /\b(?:usage|telemetry|operational|performance|diagnostic|statistical|system)\s+data\b/i;
const THEY_TAKE = /\bmay\s+(?:\w+\s+){0,2}?(?:collect|use|analy[sz]e|process|exploit|retain)\b/gi;
// Chinese: their confidential information taking in the thing tested (甲方的保密信息包括与样机有关的全部信息), or
// our test results declared confidential or theirs (测试报告属于甲方的保密信息).
const ZH_ABOUT = /(?:保密信息|机密信息)(?:包括|是指|系指|指)[^。；]{0,30}?(?:样机|样品|产品|软件|材料|技术|设备)/g;
const ZH_RESULTS = /(?:测试|评估|试验|检测|实验)(?:结果|数据|报告)[^。；]{0,30}?(?:保密信息|机密信息|归[^。；]{0,8}所有)/g;

/**
 * Whether the draft reaches what we, testing their product, make of it: their confidential information
 * takes in information about the thing tested, our reports or results are declared confidential or
 * theirs, a term gives them results, or they may collect and use data of our trial (usage data). (Results we must hand over make the topic present: not missing.) Where it does none of these,
 * silence leaves the results with us, who made them: no gap for the evaluator or the recipient of material.
 */
export function reachesOurResults(ctx: ReviewContext): boolean {
  const theirs = ownershipTerms(ctx).some(
    (t) => t.verb !== 'licenses' && t.verb !== 'retains' && (t.things.includes('results') || t.things.includes('test-data')) && holderStance(ctx, t) === 'theirs',
  );
  if (theirs) return true;
  return ctx.sentences.some((s) => {
    const text = s.text;
    for (const m of text.matchAll(ZH_ABOUT)) if (zhPartyBefore(ctx, text, m.index)?.side === 'A') return true;
    for (const m of text.matchAll(ZH_RESULTS)) if (zhPartyRefs(ctx, m[0]).some((r) => r.side === 'A')) return true;
    for (const m of text.matchAll(OUR_WORK)) {
      if (CLAIMED.test(text) && partyRightAfter(ctx, text, m.index + m[0].length)?.side === 'B') return true;
    }
    if (OUR_USE_DATA.test(text)) for (const m of text.matchAll(THEY_TAKE)) if (partyBefore(ctx, text, m.index)?.side === 'A') return true;
    for (const m of text.matchAll(CONFIDENTIAL)) {
      if (ABOUT_THE_THING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 160)) && partyBefore(ctx, text, m.index)?.side === 'A') return true;
    }
    return false;
  });
}
